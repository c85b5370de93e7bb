import TangleCore

/// The platform and handle (or id) named by a profile link such as `https://twitter.com/RT_com`.
enum SocialLink {
    /// Registrable hosts of the platforms whose profile links the State Media Monitor matrix carries.
    static let platforms: [String: String] = [
        "twitter.com": "twitter", "x.com": "twitter", "t.me": "telegram", "telegram.me": "telegram",
        "telegram.dog": "telegram", "vk.com": "vk", "facebook.com": "facebook", "fb.com": "facebook",
        "instagram.com": "instagram", "youtube.com": "youtube", "tiktok.com": "tiktok", "linkedin.com": "linkedin",
        "ok.ru": "ok", "rutube.ru": "rutube",
    ]

    /// Path segments that come before the name or id on some platforms (`youtube.com/channel/ID`,
    /// `t.me/s/NAME`, `ok.ru/group/ID`).
    private static let containers: Set<String> = ["channel", "c", "user", "company", "school", "group", "profile", "s", "pages", "groups"]

    /// The account a profile link names, or nil when the link is not one (unknown host, no name).
    static func account(fromURL link: String) -> (platform: String, handle: String)? {
        let normal = URLNormalizer.normalize(link)
        guard let domain = normal.domain, let platform = platforms[domain] else { return nil }
        let host = SourceRegistry.host(ofNormalizedURL: normal.url)
        let rest = normal.url[host.endIndex...]
        let pathAndQuery = rest.split(separator: "#", maxSplits: 1).first ?? ""
        let parts = pathAndQuery.split(separator: "?", maxSplits: 1)
        let path = parts.first.map { $0.hasPrefix("/") || $0.isEmpty ? $0 : "" } ?? ""
        var segments = path.split(separator: "/").map(String.init)
        if segments.first == "profile.php", parts.count == 2 {
            // facebook.com/profile.php?id=100064
            let id = parts[1].split(separator: "&").first { $0.hasPrefix("id=") }.map { String($0.dropFirst(3)) }
            return id.map { (platform, $0) }
        }
        if segments.first == "pages" { segments = Array(segments.suffix(1)) }  // facebook.com/pages/Name/ID
        if segments.count >= 2, containers.contains(segments[0].lowercased()) { segments.removeFirst() }
        guard var handle = segments.first else { return nil }
        if handle.hasPrefix("@") { handle.removeFirst() }
        return handle.isEmpty ? nil : (platform, handle)
    }
}
