import TangleCore

/// The starter registry: state-affiliated outlets whose domains and official accounts are well
/// documented, each with its country and a citation (the outlet's Wikipedia article, which cites the
/// ownership and the governments' designations). Labelled `state-media`, list `built-in`.
///
/// Deliberately small: it labels the outlets every influence-operation report names, so a case is
/// labelled before any list is imported. The State Media Monitor matrix (`tangle sources import
/// State_Media_Matrix.csv --as state-media`) covers some 1,150 outlets worldwide. Subdomains are
/// covered by their domain (`rt.com` labels `actualidad.rt.com`). Imported lists take precedence.
public enum BuiltInSources {
    public static let listName = "built-in"
    public static let label = "state-media"

    /// The list as CSV, read by the same importer as a user's CSV list.
    public static let csv = """
        domain,account,platform,country,name,citation,note
        rt.com,,,Russia,RT,https://en.wikipedia.org/wiki/RT_(TV_network),EU broadcasting ban 2022 (Council Regulation (EU) 2022/350)
        ,RT_com,twitter,Russia,RT,https://en.wikipedia.org/wiki/RT_(TV_network),
        ,RT_russian,twitter,Russia,RT на русском,https://en.wikipedia.org/wiki/RT_(TV_network),
        ,ActualidadRT,twitter,Russia,RT en Español,https://en.wikipedia.org/wiki/RT_(TV_network),
        ,rt_russian,telegram,Russia,RT на русском,https://en.wikipedia.org/wiki/RT_(TV_network),
        ruptly.tv,,,Russia,Ruptly (RT video agency),https://en.wikipedia.org/wiki/Ruptly,
        sputniknews.com,,,Russia,Sputnik,https://en.wikipedia.org/wiki/Sputnik_(news_agency),EU broadcasting ban 2022 (Council Regulation (EU) 2022/350)
        sputnikglobe.com,,,Russia,Sputnik,https://en.wikipedia.org/wiki/Sputnik_(news_agency),Sputnik International's domain since 2022
        ,SputnikInt,twitter,Russia,Sputnik,https://en.wikipedia.org/wiki/Sputnik_(news_agency),
        tass.com,,,Russia,TASS,https://en.wikipedia.org/wiki/TASS,
        tass.ru,,,Russia,TASS,https://en.wikipedia.org/wiki/TASS,
        ,tassagency_en,twitter,Russia,TASS,https://en.wikipedia.org/wiki/TASS,
        ,tass_agency,twitter,Russia,TASS,https://en.wikipedia.org/wiki/TASS,
        ,tass_agency,telegram,Russia,TASS,https://en.wikipedia.org/wiki/TASS,
        ria.ru,,,Russia,RIA Novosti,https://en.wikipedia.org/wiki/RIA_Novosti,
        ,rianru,twitter,Russia,RIA Novosti,https://en.wikipedia.org/wiki/RIA_Novosti,
        ,rian_ru,telegram,Russia,RIA Novosti,https://en.wikipedia.org/wiki/RIA_Novosti,
        1tv.ru,,,Russia,Channel One Russia,https://en.wikipedia.org/wiki/Channel_One_Russia,
        vesti.ru,,,Russia,VGTRK (Vesti),https://en.wikipedia.org/wiki/All-Russia_State_Television_and_Radio_Broadcasting_Company,
        smotrim.ru,,,Russia,VGTRK (Smotrim),https://en.wikipedia.org/wiki/All-Russia_State_Television_and_Radio_Broadcasting_Company,
        rg.ru,,,Russia,Rossiyskaya Gazeta,https://en.wikipedia.org/wiki/Rossiyskaya_Gazeta,
        tvzvezda.ru,,,Russia,Zvezda,https://en.wikipedia.org/wiki/Zvezda_(TV_channel),
        cgtn.com,,,China,CGTN,https://en.wikipedia.org/wiki/CGTN,
        ,CGTNOfficial,twitter,China,CGTN,https://en.wikipedia.org/wiki/CGTN,
        xinhuanet.com,,,China,Xinhua News Agency,https://en.wikipedia.org/wiki/Xinhua_News_Agency,
        news.cn,,,China,Xinhua News Agency,https://en.wikipedia.org/wiki/Xinhua_News_Agency,
        ,XHNews,twitter,China,Xinhua News Agency,https://en.wikipedia.org/wiki/Xinhua_News_Agency,
        chinadaily.com.cn,,,China,China Daily,https://en.wikipedia.org/wiki/China_Daily,
        ,ChinaDaily,twitter,China,China Daily,https://en.wikipedia.org/wiki/China_Daily,
        globaltimes.cn,,,China,Global Times,https://en.wikipedia.org/wiki/Global_Times,
        ,globaltimesnews,twitter,China,Global Times,https://en.wikipedia.org/wiki/Global_Times,
        people.com.cn,,,China,People's Daily,https://en.wikipedia.org/wiki/People%27s_Daily,
        people.cn,,,China,People's Daily,https://en.wikipedia.org/wiki/People%27s_Daily,
        ,PDChina,twitter,China,People's Daily,https://en.wikipedia.org/wiki/People%27s_Daily,
        cctv.com,,,China,China Central Television (CCTV),https://en.wikipedia.org/wiki/China_Central_Television,
        cntv.cn,,,China,China Central Television (CCTV),https://en.wikipedia.org/wiki/China_Central_Television,
        cri.cn,,,China,China Radio International,https://en.wikipedia.org/wiki/China_Radio_International,
        chinanews.com.cn,,,China,China News Service,https://en.wikipedia.org/wiki/China_News_Service,
        ecns.cn,,,China,China News Service (English),https://en.wikipedia.org/wiki/China_News_Service,
        gmw.cn,,,China,Guangming Daily,https://en.wikipedia.org/wiki/Guangming_Daily,
        qstheory.cn,,,China,Qiushi,https://en.wikipedia.org/wiki/Qiushi,
        presstv.ir,,,Iran,Press TV,https://en.wikipedia.org/wiki/Press_TV,
        presstv.com,,,Iran,Press TV,https://en.wikipedia.org/wiki/Press_TV,
        ,PressTV,twitter,Iran,Press TV,https://en.wikipedia.org/wiki/Press_TV,
        hispantv.com,,,Iran,HispanTV,https://en.wikipedia.org/wiki/HispanTV,
        irna.ir,,,Iran,Islamic Republic News Agency (IRNA),https://en.wikipedia.org/wiki/Islamic_Republic_News_Agency,
        irib.ir,,,Iran,Islamic Republic of Iran Broadcasting (IRIB),https://en.wikipedia.org/wiki/Islamic_Republic_of_Iran_Broadcasting,
        alalam.ir,,,Iran,Al-Alam News Network,https://en.wikipedia.org/wiki/Al-Alam_News_Network,
        tasnimnews.com,,,Iran,Tasnim News Agency,https://en.wikipedia.org/wiki/Tasnim_News_Agency,
        farsnews.ir,,,Iran,Fars News Agency,https://en.wikipedia.org/wiki/Fars_News_Agency,
        tehrantimes.com,,,Iran,Tehran Times,https://en.wikipedia.org/wiki/Tehran_Times,
        telesurtv.net,,,Venezuela,TeleSUR,https://en.wikipedia.org/wiki/Telesur,
        telesurenglish.net,,,Venezuela,TeleSUR English,https://en.wikipedia.org/wiki/Telesur,
        ,teleSURtv,twitter,Venezuela,TeleSUR,https://en.wikipedia.org/wiki/Telesur,
        ,telesurenglish,twitter,Venezuela,TeleSUR English,https://en.wikipedia.org/wiki/Telesur,
        vtv.gob.ve,,,Venezuela,Venezolana de Televisión,https://en.wikipedia.org/wiki/Venezolana_de_Televisi%C3%B3n,
        kcna.kp,,,North Korea,Korean Central News Agency (KCNA),https://en.wikipedia.org/wiki/Korean_Central_News_Agency,
        rodong.rep.kp,,,North Korea,Rodong Sinmun,https://en.wikipedia.org/wiki/Rodong_Sinmun,
        uriminzokkiri.com,,,North Korea,Uriminzokkiri,https://en.wikipedia.org/wiki/Uriminzokkiri,
        granma.cu,,,Cuba,Granma,https://en.wikipedia.org/wiki/Granma_(newspaper),
        prensa-latina.cu,,,Cuba,Prensa Latina,https://en.wikipedia.org/wiki/Prensa_Latina,
        cubadebate.cu,,,Cuba,Cubadebate,https://en.wikipedia.org/wiki/Cubadebate,
        belta.by,,,Belarus,Belarusian Telegraph Agency (BelTA),https://en.wikipedia.org/wiki/Belarusian_Telegraph_Agency,
        """

    /// The parsed list. The text above is fixed and its tests read it without a rejected row, so a
    /// parse failure here is a programming error and yields an empty list rather than a crash.
    public static let list: SourceList = {
        let bytes = Array(csv.utf8)
        let imported =
            (try? SourceListImporter.parse(bytes, file: "BuiltInSources.swift", format: .csv, label: label, list: listName))
            ?? SourceListImport(format: .csv)
        var hash = SHA256()
        hash.update(bytes)
        return SourceList(
            name: listName, label: label, format: .csv, source: "built-in (BuiltInSources.swift)", sha256: hash.hexDigest,
            importedAt: nil, imported: imported)
    }()
}
