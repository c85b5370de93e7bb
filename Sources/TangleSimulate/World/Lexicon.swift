/// The fixed word lists a world is made from: names, places, neutral phrases. Everything a post says
/// is built from these and from pseudo-words; nothing here argues for anything.
enum Lexicon {
    static let firstNames = [
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
        "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Chris", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra",
        "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Josh", "Michelle",
        "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Tim", "Deborah", "Ron", "Stephanie",
        "Jason", "Rebecca", "Ryan", "Laura", "Jacob", "Sharon", "Gary", "Cynthia", "Nick", "Kathy",
        "Eric", "Amy", "Jon", "Angela", "Stephen", "Shirley", "Larry", "Anna", "Justin", "Brenda",
        "Scott", "Pamela", "Brandon", "Emma", "Ben", "Nicole", "Sam", "Helen", "Greg", "Samantha",
        "Carlos", "Maria", "Luis", "Rosa", "Jose", "Ana", "Miguel", "Sofia", "Tyler", "Hannah",
        "Aaron", "Olivia", "Kyle", "Megan", "Noah", "Chloe", "Ethan", "Grace", "Dylan", "Zoe",
    ]

    static let lastNames = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
        "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
        "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
    ]

    /// Words people put in handles: `quietriver`, `bluefern_88`.
    static let handleWords = [
        "sunny", "quiet", "blue", "little", "happy", "wild", "lazy", "golden", "silver", "rusty", "lucky",
        "river", "fern", "coast", "maple", "cedar", "harbor", "meadow", "pixel", "coffee", "taco", "moon",
        "star", "cloud", "rain", "summer", "winter", "autumn", "north", "south", "west", "east", "urban",
        "retro", "cosmic", "tiny", "mighty", "velvet", "paper", "salty", "sweet", "spicy", "brave", "dream",
        "lemon", "olive", "pepper", "otter", "falcon", "panda", "tiger", "wolf", "bear", "fox", "owl", "bird",
    ]

    /// US places with the UTC offset (daylight saving time) they sit at, for organic locations and
    /// troll personas.
    static let usPlaces: [(name: String, utcOffsetHours: Int)] = [
        ("New York, NY", -4), ("Brooklyn, NY", -4), ("Boston, MA", -4), ("Philadelphia, PA", -4),
        ("Atlanta, GA", -4), ("Miami, FL", -4), ("Orlando, FL", -4), ("Charlotte, NC", -4),
        ("Washington, DC", -4), ("Baltimore, MD", -4), ("Pittsburgh, PA", -4), ("Columbus, OH", -4),
        ("Cleveland, OH", -4), ("Detroit, MI", -4), ("Richmond, VA", -4), ("Tampa, FL", -4),
        ("Chicago, IL", -5), ("Houston, TX", -5), ("Dallas, TX", -5), ("Austin, TX", -5),
        ("San Antonio, TX", -5), ("Nashville, TN", -5), ("Memphis, TN", -5), ("New Orleans, LA", -5),
        ("Milwaukee, WI", -5), ("Minneapolis, MN", -5), ("Kansas City, MO", -5), ("St. Louis, MO", -5),
        ("Denver, CO", -6), ("Phoenix, AZ", -7), ("Salt Lake City, UT", -6), ("Albuquerque, NM", -6),
        ("Boise, ID", -6), ("Los Angeles, CA", -7), ("San Francisco, CA", -7), ("San Diego, CA", -7),
        ("Seattle, WA", -7), ("Portland, OR", -7), ("Las Vegas, NV", -7), ("Sacramento, CA", -7),
    ]

    static let otherPlaces: [(name: String, utcOffsetHours: Int)] = [
        ("London, England", 1), ("Manchester, England", 1), ("Dublin, Ireland", 1), ("Berlin, Germany", 2),
        ("Paris, France", 2), ("Amsterdam, The Netherlands", 2), ("Sydney, Australia", 10),
        ("Melbourne, Australia", 10), ("Toronto, Ontario", -4), ("Vancouver, BC", -7),
    ]

    /// Locations that say little.
    static let vaguePlaces = [
        "USA", "United States", "Earth", "somewhere", "the road", "home", "East Coast", "Midwest",
    ]

    /// State names that troll personas put in their handles and bios, posing as locals.
    static let personaPlaces = [
        "Texas", "Ohio", "Georgia", "Florida", "Tennessee", "Michigan", "Carolina", "Arizona", "Kansas", "Virginia",
        "Atlanta", "Houston", "Dallas", "Detroit", "Memphis", "Denver", "Nashville", "Chicago", "Midwest", "Southern",
    ]

    /// Bio words, neutral.
    static let interests = [
        "coffee", "books", "hiking", "dogs", "cats", "music", "running", "cooking", "gardening", "movies", "travel",
        "photography", "baseball", "football", "basketball", "soccer", "fishing", "art", "design", "teacher",
        "nurse", "engineer", "student", "mom", "dad", "grandma", "veteran", "writer", "gamer", "baker", "runner",
        "cyclist", "chef", "musician", "podcasts", "tea", "yoga", "camping", "history", "science",
    ]

    /// Posts that many people write identically.
    static let stockPhrases = [
        "good morning", "Good morning!", "so true", "This.", "thank you", "Thank you!", "good night",
        "happy friday", "Happy Monday", "well said", "agreed", "congrats!", "love this", "same",
        "wow", "lol", "yes!", "exactly", "me too", "have a great day",
    ]

    /// Sections of news sites, for article paths.
    static let sections = [
        "news", "world", "local", "business", "sports", "tech", "health", "science", "opinion", "us",
    ]

    /// Names of state-affiliated outlets (fictional), one run of names per operation.
    static let outletNames = [
        "Meridian Wire", "Northstar Daily", "Harbor Dispatch", "Summit Herald", "Beacon Report", "Crest Times",
        "Atlas Bulletin", "Keystone Review", "Polar Gazette", "Granite Courier",
    ]

    /// Organic posting clients with their shares.
    static let organicClients: [(name: String, share: Double)] = [
        ("Twitter for iPhone", 0.40), ("Twitter for Android", 0.30), ("Twitter Web Client", 0.18),
        ("TweetDeck", 0.05), ("Twitter for iPad", 0.05), ("Hootsuite", 0.02),
    ]

    static let personaClient = "Twitter Web Client"
    static let outletClient = "TweetDeck"

    /// Syllables for pseudo-words: hashtags, domains and the vocabulary of placeholder texts.
    static let onsets = [
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
        "br", "ch", "cl", "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr", "", "",
    ]
    static let vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io"]
    static let codas = ["", "", "", "", "n", "r", "s", "l", "m", "t", "nd", "st", "rk", "x"]

    /// Local diurnal activity by hour of the day, relative: quiet before dawn, peaks at lunch and in
    /// the evening, as in published Twitter activity curves.
    static let diurnal: [Double] = [
        0.55, 0.36, 0.22, 0.15, 0.12, 0.14, 0.25, 0.45, 0.65, 0.80, 0.88, 0.95,
        1.00, 0.98, 0.95, 0.93, 0.95, 0.98, 1.02, 1.08, 1.12, 1.10, 0.98, 0.78,
    ]
}
