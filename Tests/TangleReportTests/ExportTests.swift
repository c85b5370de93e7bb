import Foundation
import Testing
import TangleDetect
import TangleReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ExportTests {
    /// Three accounts, two edges, every attribute type, one missing value of each kind.
    static let tiny = GraphDocument(
        attributes: [.init("signal", .string("repost")), .init("window", .int(60)), .init("resolution", .double(1))],
        nodeIDs: ["101", "102", "103"], nodeLabels: ["alice", "bob", "carol"],
        nodeColumns: [.int("community", [0, 0, 1]), .double("strength", [3, 2.5, nil])],
        edgeSources: [0, 0], edgeTargets: [1, 2], edgeWeights: [2, 0.5],
        edgeColumns: [.int("coactions", [4, 1]), .string("keys", ["k1", nil])])

    // MARK: exact output

    @Test func graphML() throws {
        #expect(
            try text(Self.tiny, .graphML) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
                http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
                  <key id="g0" for="graph" attr.name="signal" attr.type="string"/>
                  <key id="g1" for="graph" attr.name="window" attr.type="long"/>
                  <key id="g2" for="graph" attr.name="resolution" attr.type="double"/>
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="n0" for="node" attr.name="community" attr.type="long"/>
                  <key id="n1" for="node" attr.name="strength" attr.type="double"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
                  <key id="e0" for="edge" attr.name="coactions" attr.type="long"/>
                  <key id="e1" for="edge" attr.name="keys" attr.type="string"/>
                  <graph id="G" edgedefault="undirected">
                    <data key="g0">repost</data>
                    <data key="g1">60</data>
                    <data key="g2">1.0</data>
                    <node id="101">
                      <data key="label">alice</data>
                      <data key="n0">0</data>
                      <data key="n1">3.0</data>
                    </node>
                    <node id="102">
                      <data key="label">bob</data>
                      <data key="n0">0</data>
                      <data key="n1">2.5</data>
                    </node>
                    <node id="103">
                      <data key="label">carol</data>
                      <data key="n0">1</data>
                    </node>
                    <edge source="101" target="102">
                      <data key="weight">2.0</data>
                      <data key="e0">4</data>
                      <data key="e1">k1</data>
                    </edge>
                    <edge source="101" target="103">
                      <data key="weight">0.5</data>
                      <data key="e0">1</data>
                    </edge>
                  </graph>
                </graphml>

                """)
    }

    @Test func gexf() throws {
        #expect(
            try text(Self.tiny, .gexf) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
                  <meta>
                    <creator>Tangle</creator>
                    <description>signal=repost
                window=60
                resolution=1.0</description>
                  </meta>
                  <graph defaultedgetype="undirected" mode="static">
                    <attributes class="node" mode="static">
                      <attribute id="0" title="community" type="long"/>
                      <attribute id="1" title="strength" type="double"/>
                    </attributes>
                    <attributes class="edge" mode="static">
                      <attribute id="0" title="coactions" type="long"/>
                      <attribute id="1" title="keys" type="string"/>
                    </attributes>
                    <nodes>
                      <node id="101" label="alice">
                        <attvalues>
                          <attvalue for="0" value="0"/>
                          <attvalue for="1" value="3.0"/>
                        </attvalues>
                      </node>
                      <node id="102" label="bob">
                        <attvalues>
                          <attvalue for="0" value="0"/>
                          <attvalue for="1" value="2.5"/>
                        </attvalues>
                      </node>
                      <node id="103" label="carol">
                        <attvalues>
                          <attvalue for="0" value="1"/>
                        </attvalues>
                      </node>
                    </nodes>
                    <edges>
                      <edge id="0" source="101" target="102" weight="2.0">
                        <attvalues>
                          <attvalue for="0" value="4"/>
                          <attvalue for="1" value="k1"/>
                        </attvalues>
                      </edge>
                      <edge id="1" source="101" target="103" weight="0.5">
                        <attvalues>
                          <attvalue for="0" value="1"/>
                        </attvalues>
                      </edge>
                    </edges>
                  </graph>
                </gexf>

                """)
    }

    @Test func json() throws {
        #expect(
            try text(Self.tiny, .json) == """
                {
                  "directed": false,
                  "multigraph": false,
                  "graph": {"signal": "repost", "window": 60, "resolution": 1.0},
                  "nodes": [
                    {"id": "101", "label": "alice", "community": 0, "strength": 3.0},
                    {"id": "102", "label": "bob", "community": 0, "strength": 2.5},
                    {"id": "103", "label": "carol", "community": 1}
                  ],
                  "edges": [
                    {"source": "101", "target": "102", "weight": 2.0, "coactions": 4, "keys": "k1"},
                    {"source": "101", "target": "103", "weight": 0.5, "coactions": 1}
                  ]
                }

                """)
    }

    @Test func csv() throws {
        let edges = ["source,target,weight,coactions,keys", "101,102,2.0,4,k1", "101,103,0.5,1,", ""]
        #expect(try text(Self.tiny, .edgesCSV) == edges.joined(separator: "\n"))
        let nodes = ["id,label,community,strength", "101,alice,0,3.0", "102,bob,0,2.5", "103,carol,1,", ""]
        #expect(try text(Self.tiny, .nodesCSV) == nodes.joined(separator: "\n"))
    }

    @Test func anEmptyDirectedGraph() throws {
        let empty = GraphDocument(directed: true, nodeIDs: [])
        #expect(
            try text(empty, .json) == """
                {
                  "directed": true,
                  "multigraph": false,
                  "graph": {},
                  "nodes": [],
                  "edges": []
                }

                """)
        #expect(try text(empty, .graphML).contains("<graph id=\"G\" edgedefault=\"directed\">\n  </graph>"))
        let gexf = try text(empty, .gexf)
        #expect(gexf.contains("<graph defaultedgetype=\"directed\" mode=\"static\">\n    <nodes>\n    </nodes>"))
        #expect(try text(empty, .edgesCSV) == "source,target,weight\n")
        #expect(try text(empty, .nodesCSV) == "id,label\n")
    }

    @Test func nodesWithoutLabelsOrValues() throws {
        let bare = GraphDocument(nodeIDs: ["a", "b"], edgeSources: [1], edgeTargets: [0], edgeWeights: [3])
        let graphML = try text(bare, .graphML)
        #expect(!graphML.contains("attr.name=\"label\""))
        #expect(graphML.contains("    <node id=\"a\"/>\n    <node id=\"b\"/>\n    <edge source=\"b\" target=\"a\">\n"))
        #expect(try text(bare, .gexf).contains("      <node id=\"a\"/>\n      <node id=\"b\"/>\n"))
        #expect(try text(bare, .nodesCSV) == "id,label\na,\nb,\n")
        #expect(try text(bare, .json).contains("    {\"id\": \"a\"},\n    {\"id\": \"b\"}\n"))
    }

    @Test func aWeightedGraphBecomesADocumentWithEachEdgeOnce() throws {
        let graph = WeightedGraph(
            nodeCount: 3,
            edges: [WeightedEdge(a: 2, b: 0, weight: 1), WeightedEdge(a: 1, b: 2, weight: 2),
                    WeightedEdge(a: 0, b: 2, weight: 1)])
        let document = GraphDocument(graph, nodeIDs: ["x", "y", "z"])
        #expect(try text(document, .edgesCSV) == "source,target,weight\nx,z,2.0\ny,z,2.0\n")
    }

    // MARK: escaping

    /// Every markup character, the whitespace XML normalises, controls XML 1.0 forbids, the two
    /// non-characters it forbids, and text outside ASCII.
    static let awkward = "a&b<c>\"d'e\tf\ng\rh\u{0}i\u{1}j\u{B}k\u{1F}l\u{7F}m\u{FFFE}n\u{FFFF}o é 😀 ]]>"
    /// What survives XML: the forbidden characters replaced by U+FFFD, everything else kept.
    static let awkwardInXML =
        "a&b<c>\"d'e\tf\ng\rh\u{FFFD}i\u{FFFD}j\u{FFFD}k\u{FFFD}l\u{7F}m\u{FFFD}n\u{FFFD}o é 😀 ]]>"

    static let awkwardDocument = GraphDocument(
        attributes: [.init(awkward, .string(awkward))],
        nodeIDs: [awkward, "plain"], nodeLabels: [awkward, "p"],
        nodeColumns: [.string(awkward, [awkward, nil])],
        edgeSources: [0], edgeTargets: [1], edgeWeights: [1],
        edgeColumns: [.string("note", [awkward])])

    @Test func xmlEscapesMarkupAndKeepsWhitespaceInAttributes() throws {
        let graphML = try text(Self.awkwardDocument, .graphML)
        #expect(
            graphML.contains(
                "<node id=\"a&amp;b&lt;c&gt;&quot;d&apos;e&#9;f&#10;g&#13;h\u{FFFD}i\u{FFFD}j\u{FFFD}k\u{FFFD}l\u{7F}m"
                    + "\u{FFFD}n\u{FFFD}o é 😀 ]]&gt;\">"))
        #expect(
            graphML.contains(
                "<data key=\"label\">a&amp;b&lt;c&gt;&quot;d'e\tf\ng&#13;h\u{FFFD}i\u{FFFD}j\u{FFFD}k\u{FFFD}l\u{7F}m"
                    + "\u{FFFD}n\u{FFFD}o é 😀 ]]&gt;</data>"))
        for forbidden: Unicode.Scalar in ["\u{0}", "\u{1}", "\u{B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"] {
            #expect(!graphML.unicodeScalars.contains(forbidden))
            #expect(try !text(Self.awkwardDocument, .gexf).unicodeScalars.contains(forbidden))
        }
    }

    #if canImport(FoundationXML) || os(macOS)
        /// An XML parser reads back every id, label and value exactly, less the forbidden characters.
        @Test(arguments: [GraphFormat.graphML, .gexf])
        func xmlReadsBackExactly(format: GraphFormat) throws {
            let reader = XMLReadBack(data: Data(try Self.awkwardDocument.encoded(format)))
            #expect(reader.error == nil)
            if format == .graphML {
                #expect(
                    reader.attributes("key", "attr.name")
                        == [Self.awkwardInXML, "label", Self.awkwardInXML, "weight", "note"])
                #expect(reader.attributes("node", "id") == [Self.awkwardInXML, "plain"])
                #expect(reader.attributes("edge", "source") == [Self.awkwardInXML])
                #expect(reader.texts("data").filter { $0 == Self.awkwardInXML }.count == 4)
            } else {
                #expect(reader.attributes("attribute", "title") == [Self.awkwardInXML, "note"])
                #expect(reader.attributes("node", "id") == [Self.awkwardInXML, "plain"])
                #expect(reader.attributes("node", "label") == [Self.awkwardInXML, "p"])
                #expect(reader.attributes("attvalue", "value") == [Self.awkwardInXML, Self.awkwardInXML])
                #expect(reader.texts("description") == ["\(Self.awkwardInXML)=\(Self.awkwardInXML)"])
            }
        }
    #endif

    @Test func jsonEscapesQuotesBackslashesAndControlsAndReadsBackExactly() throws {
        let document = GraphDocument(
            nodeIDs: ["q\"b\\s/\u{0}\u{1F}\t\n\r é 😀"], nodeColumns: [.string("note", ["\u{8}\u{C}"])])
        let json = try text(document, .json)
        #expect(json.contains(#"{"id": "q\"b\\s/\u0000\u001f\t\n\r é 😀", "note": "\u0008\u000c"}"#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let node = try #require((parsed["nodes"] as? [[String: Any]])?.first)
        #expect(node["id"] as? String == document.nodeIDs[0])
        #expect(try JSONSerialization.jsonObject(with: Data(text(Self.awkwardDocument, .json).utf8)) is [String: Any])
    }

    @Test func csvQuotesFieldsWithCommasQuotesAndLineBreaks() throws {
        let document = GraphDocument(
            nodeIDs: ["a,b", "say \"hi\"", "two\nlines", "cr\rhere", "plain 'x' é"],
            nodeLabels: ["", " padded ", "=1+1", "#", "-"])
        let expected = [
            "id,label", "\"a,b\",", "\"say \"\"hi\"\"\", padded ", "\"two\nlines\",=1+1", "\"cr\rhere\",#",
            "plain 'x' é,-", "",
        ]
        #expect(try text(document, .nodesCSV) == expected.joined(separator: "\n"))
    }

    @Test func nonFiniteNumbers() throws {
        let document = GraphDocument(
            attributes: [.init("limit", .double(.infinity))],
            nodeIDs: ["a", "b", "c"], nodeColumns: [.double("score", [.nan, .infinity, -.infinity])],
            edgeSources: [0], edgeTargets: [1], edgeWeights: [.nan])
        let graphML = try text(document, .graphML)
        #expect(graphML.contains("<data key=\"g0\">INF</data>"))
        #expect(graphML.contains("<data key=\"n0\">NaN</data>") && graphML.contains("<data key=\"n0\">-INF</data>"))
        #expect(graphML.contains("<data key=\"weight\">NaN</data>"))
        #expect(try text(document, .gexf).contains("weight=\"NaN\""))
        #expect(try text(document, .nodesCSV) == "id,label,score\na,,NaN\nb,,INF\nc,,-INF\n")
        let json = try text(document, .json)
        #expect(json.contains(#""graph": {"limit": null}"#) && json.contains(#"{"id": "a", "score": null}"#))
        #expect(json.contains(#""weight": null"#))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test func numbersUseTheShortestRoundTripForm() throws {
        let values: [Double] = [0.1, 1e-05, 123_456_789.125, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        let document = GraphDocument(
            nodeIDs: values.indices.map { "n\($0)" },
            nodeColumns: [.double("x", values), .int("i", [Int.min, Int.max, 0, -1, 1, 42])])
        #expect(
            try text(document, .nodesCSV) == """
                id,label,x,i
                n0,,0.1,-9223372036854775808
                n1,,1e-05,9223372036854775807
                n2,,123456789.125,0
                n3,,-0.0,-1
                n4,,5e-324,1
                n5,,1.7976931348623157e+308,42

                """)
    }

    // MARK: documents that do not hold together

    @Test func documentsThatDoNotHoldTogetherAreRefused() {
        let broken: [(GraphDocument, String)] = [
            (GraphDocument(nodeIDs: ["a", "a"]), "node id \"a\" appears twice"),
            (GraphDocument(nodeIDs: ["a", ""]), "node 1 has an empty id"),
            (GraphDocument(nodeIDs: ["a"], nodeLabels: []), "0 node labels for 1 nodes"),
            (GraphDocument(nodeIDs: ["a"], edgeSources: [0], edgeTargets: [1], edgeWeights: [1]),
             "edge 0 joins nodes 0 and 1, but there are 1 nodes"),
            (GraphDocument(nodeIDs: ["a"], edgeSources: [0], edgeTargets: [0], edgeWeights: []),
             "edge columns differ in length: 1 sources, 1 targets, 0 weights"),
            (GraphDocument(nodeIDs: ["a"], nodeColumns: [.int("n", [1, 2])]),
             "node attribute \"n\" has 2 values for 1 nodes"),
            (GraphDocument(nodeIDs: ["a"], nodeColumns: [.int("label", [1])]),
             "node attribute \"label\" takes a name the formats reserve: [\"id\", \"label\"]"),
            (GraphDocument(
                nodeIDs: ["a"], edgeSources: [0], edgeTargets: [0], edgeWeights: [1],
                edgeColumns: [.double("weight", [1])]),
             #"edge attribute "weight" takes a name the formats reserve: ["id", "source", "target", "weight"]"#),
            (GraphDocument(nodeIDs: ["a"], nodeColumns: [.int("n", [1]), .string("n", ["x"])]),
             "node attribute \"n\" appears twice"),
            (GraphDocument(attributes: [.init("", .int(1))], nodeIDs: []), "a graph attribute has an empty name"),
        ]
        for (document, message) in broken {
            for format in GraphFormat.allCases {
                #expect(throws: ExportError(message)) { try document.encoded(format) }
            }
        }
    }

    // MARK: determinism and files

    @Test(arguments: GraphFormat.allCases)
    func aFileHoldsTheSameBytesAsMemoryEvenWhenWrittenInChunks(format: GraphFormat) throws {
        let count = 30_000
        let document = GraphDocument(
            attributes: [.init("seed", .int(7))],
            nodeIDs: (0..<count).map { "account-\($0)" }, nodeLabels: (0..<count).map { "@user\($0)" },
            nodeColumns: [.int("community", (0..<count).map { $0 % 17 })],
            edgeSources: (0..<count).map { UInt32($0) }, edgeTargets: (0..<count).map { UInt32(($0 * 7 + 1) % count) },
            edgeWeights: (0..<count).map { Double($0 % 5) / 4 },
            edgeColumns: [.string("key", (0..<count).map { "k\($0)" })])
        let bytes = try document.encoded(format)
        #expect(bytes.count > 1 << 19)
        #expect(try document.encoded(format) == bytes)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("tangle-export-\(UUID()).\(format.fileExtension)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("longer old contents that must go".utf8).write(to: URL(fileURLWithPath: path))
        try document.write(format, toFile: path)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test func anUnwritablePathSaysWhich() {
        #expect(throws: ExportError("/nonexistent-dir/x.graphml: cannot create the file")) {
            try Self.tiny.write(.graphML, toFile: "/nonexistent-dir/x.graphml")
        }
    }

    private func text(_ document: GraphDocument, _ format: GraphFormat) throws -> String {
        String(decoding: try document.encoded(format), as: UTF8.self)
    }
}

#if canImport(FoundationXML) || os(macOS)
    /// Element attributes and texts as an XML parser reads them.
    final class XMLReadBack: NSObject, XMLParserDelegate {
        private var elements: [(name: String, attributes: [String: String])] = []
        private var textsByElement: [(name: String, text: String)] = []
        private var currentText = ""
        private(set) var error: Error?

        init(data: Data) {
            super.init()
            let parser = XMLParser(data: data)
            parser.delegate = self
            if !parser.parse() { error = parser.parserError ?? ExportError("unparsable") }
        }

        func attributes(_ element: String, _ name: String) -> [String] {
            elements.filter { $0.name == element }.compactMap { $0.attributes[name] }
        }

        func texts(_ element: String) -> [String] {
            textsByElement.filter { $0.name == element }.map(\.text)
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            elements.append((elementName, attributes))
            currentText = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            currentText += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            textsByElement.append((elementName, currentText))
            currentText = ""
        }
    }
#endif
