extension PublicSuffixList {
    /// The fallback used when no system list is installed: the multi-part suffixes that carry most
    /// links in practice (national second levels such as `co.uk`, `com.au`, `co.jp`, `com.br`, `com.ru`)
    /// and the hosting platforms whose sites are separate owners (`blogspot.com`, `github.io`).
    ///
    /// Any other host falls under the implicit `*` rule (its last label is the suffix), which is right
    /// for `.com`, `.org`, `.ru`, `.de` and most national domains. Install Debian's `publicsuffix`
    /// package for the full list; `origin` says which one was used.
    public static let builtIn = PublicSuffixList(
        rules: [
            "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "net.uk", "ltd.uk", "plc.uk", "nhs.uk",
            "police.uk", "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au", "co.jp",
            "ne.jp", "or.jp", "ac.jp", "go.jp", "gr.jp", "ed.jp", "lg.jp", "com.br", "net.br", "org.br",
            "gov.br", "edu.br", "art.br", "blog.br", "co.nz", "net.nz", "org.nz", "govt.nz", "ac.nz", "co.in",
            "net.in", "org.in", "gov.in", "ac.in", "nic.in", "res.in", "co.za", "org.za", "gov.za", "ac.za",
            "net.za", "com.mx", "org.mx", "gob.mx", "edu.mx", "com.ar", "org.ar", "gob.ar", "com.co",
            "gov.co", "com.pe", "gob.pe", "com.ve", "com.uy", "com.cn", "net.cn", "org.cn", "gov.cn",
            "edu.cn", "com.hk", "org.hk", "gov.hk", "com.tw", "org.tw", "gov.tw", "com.sg", "gov.sg",
            "com.my", "gov.my", "co.kr", "or.kr", "go.kr", "co.id", "or.id", "go.id", "com.ph", "gov.ph",
            "com.vn", "gov.vn", "co.th", "go.th", "in.th", "com.pk", "gov.pk", "*.bd", "*.np",
            "co.il", "org.il", "gov.il", "ac.il", "com.tr", "org.tr", "gov.tr", "bel.tr", "com.sa", "gov.sa",
            "com.eg", "gov.eg", "com.qa", "gov.qa", "com.kw", "co.ae", "gov.ae", "com.lb", "com.jo", "com.iq",
            "com.sy", "co.ir", "gov.ir", "ac.ir", "com.ua", "in.ua", "org.ua", "gov.ua", "kiev.ua", "com.ru",
            "net.ru", "org.ru", "spb.ru", "msk.ru", "com.by", "gov.by", "com.kz", "org.kz", "gov.kz",
            "com.ge", "gov.ge", "com.am", "co.rs", "org.rs", "gov.rs", "com.mk", "com.pl", "net.pl",
            "org.pl", "gov.pl", "co.at", "or.at", "gv.at", "co.hu", "gov.gr", "com.gr", "com.cy", "com.mt",
            "gov.it", "co.it", "com.ng", "gov.ng", "co.ke", "go.ke", "co.ug", "co.tz", "co.zw", "com.gh",
            "gov.gh", "blogspot.com", "blogspot.co.uk", "blogspot.ru", "blogspot.de", "blogspot.fr",
            "github.io", "gitlab.io", "wixsite.com", "herokuapp.com", "appspot.com", "netlify.app",
            "vercel.app", "pages.dev", "firebaseapp.com",
        ].joined(separator: "\n"),
        origin: "built-in")
}
