import HummingbirdTesting
import Testing

@testable import TangleServe
