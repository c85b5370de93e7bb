extension URLNormalizer {
    /// Whether a host is a link shortener: the link says nothing about its destination and would
    /// have to be fetched to learn it, which Tangle never does.
    ///
    /// The list holds the general services (t.co, bit.ly, ...), and the branded shorteners that news
    /// outlets and state media post with (nyti.ms, bbc.in, on.rt.com, sptnkne.ws, ...), matched on the
    /// whole host after `www.` is dropped. `youtu.be` is not one: it names exactly one video and is
    /// rewritten to the long form instead (see `URLNormalizer`).
    ///
    /// - Complexity: O(length of the host).
    public static func isShortener(host: String) -> Bool {
        shorteners.flags(of: host.lowercased()) != nil
    }

    static let shorteners = ByteStringTable([
        // General services.
        "t.co", "bit.ly", "bitly.com", "j.mp", "goo.gl", "tinyurl.com", "ow.ly", "buff.ly", "dlvr.it",
        "ift.tt", "is.gd", "v.gd", "trib.al", "fb.me", "lnkd.in", "tiny.cc", "rebrand.ly", "cutt.ly",
        "shorturl.at", "t.ly", "rb.gy", "bl.ink", "bit.do", "s.id", "soo.gd", "qr.ae", "po.st", "su.pr",
        "tr.im", "x.co", "wp.me", "ht.ly", "hubs.ly", "hubs.la", "snip.ly", "shar.es", "ln.is", "tmblr.co",
        "amzn.to", "aka.ms", "apple.co", "spoti.fi", "flic.kr", "pin.it", "mcaf.ee", "db.tt", "clck.ru",
        "vk.cc", "u.to",
        // Outlets' own.
        "nyti.ms", "wapo.st", "bbc.in", "cnn.it", "reut.rs", "on.wsj.com", "fxn.ws", "politi.co", "hill.cm",
        "n.pr", "abcn.ws", "nbcnews.to", "cbsn.ws", "usat.ly", "apne.ws", "bloom.bg", "econ.st", "ti.me",
        "huff.to", "ind.pn", "dailym.ai", "on.rt.com", "sptnkne.ws",
    ])

    /// Bit for parameters that are tracking on every site.
    private static let everywhere: UInt8 = 0x80

    /// Sites whose own share parameters are tracking, by registrable domain: one bit per site.
    static let siteRules: ByteStringTable = {
        var table = ByteStringTable()
        for (domains, bit): ([String], UInt8) in [
            (["twitter.com", "x.com"], 0x01), (["youtube.com", "youtu.be"], 0x02), (["spotify.com"], 0x04),
            (["facebook.com", "fb.com"], 0x08), (["tiktok.com"], 0x10), (["reddit.com"], 0x20),
            (["linkedin.com"], 0x40),
        ] {
            for domain in domains { table.insert(domain, flags: bit) }
        }
        return table
    }()

    /// Query parameter names (lower-case) that identify a click, a campaign or a sharer rather than
    /// the content, with the sites (bits of `siteRules`) where they are, or `everywhere`.
    ///
    /// Short names are only dropped on the site that defines them: `s` and `t` are share tracking on
    /// twitter.com (`?s=20&t=...`) but could be content elsewhere; `t` on YouTube is the start time
    /// and is kept. `ref` is dropped on Facebook only, and `source` and `cmp` nowhere: too many
    /// sites use them for content.
    static let trackingParameters: ByteStringTable = {
        var table = ByteStringTable()
        for name in [
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
            "li_fat_id", "igshid", "igsh", "ref_src", "ref_url", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc",
            "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wickedid", "rb_clickid",
            "s_cid", "_openstat", "ocid", "smid", "smtyp", "__twitter_impression", "at_medium", "at_campaign",
            "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        ] {
            table.insert(name, flags: everywhere)
        }
        for (names, bit): ([String], UInt8) in [
            (["s", "t", "src"], 0x01),
            (["si", "feature", "ab_channel"], 0x02),
            (["si"], 0x04),
            (["mibextid", "sfnsn", "__tn__", "ref", "fref", "hc_ref", "eav", "paipv"], 0x08),
            (["_r", "_t", "is_from_webapp", "sender_device", "is_copy_url"], 0x10),
            (["share_id", "rdt"], 0x20),
            (["trk", "trackingid", "lipi"], 0x40),
        ] {
            for name in names { table.insert(name, flags: bit) }
        }
        return table
    }()

    /// Whether a query parameter is tracking on a site: any `utm_*`, a name tracking `everywhere`,
    /// or one of the site's own (`siteMask`, from `siteRules`). Names compare ignoring ASCII case.
    ///
    /// - Complexity: O(length of the name).
    static func isTrackingParameter(_ name: UnsafeBufferPointer<UInt8>, siteMask: UInt8) -> Bool {
        if name.count >= 4, URLParts.equalsLowercased(name, 0..<4, "utm_") { return true }
        guard let sites = trackingParameters.flags(of: name) else { return false }
        return sites & (everywhere | siteMask) != 0
    }
}
