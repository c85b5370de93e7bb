extension CooRTweet {
    /// A gap in seconds as CooRTweet's tables print it: `12` for whole seconds, `1.5` otherwise.
    public static func secondsText(milliseconds: Int64) -> String {
        milliseconds % 1000 == 0 ? String(milliseconds / 1000) : String(Double(milliseconds) / 1000)
    }

    /// A figure as R prints it where that is exact (`3`, not `3.0`), otherwise the shortest decimal
    /// that reads back as the same `Double`, so the same network always gives the same bytes.
    public static func numberText(_ value: Double) -> String {
        if value.isFinite, value.rounded() == value, value.magnitude < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
