import Hummingbird
import Mustache

/// The read-only local dashboard over one case file (issue 7; the serve helper builds it).
public enum DashboardServer {}
