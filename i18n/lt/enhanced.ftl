### SMTP enhanced status codes (Lithuanian).

## Subjects (second number)

enhanced-subject-0 = Kita ar neapibrėžta būsena
enhanced-subject-1 = Adresavimas
enhanced-subject-2 = Pašto dėžutė
enhanced-subject-3 = Pašto sistema
enhanced-subject-4 = Tinklas ir maršruto parinkimas
enhanced-subject-5 = Pašto pristatymo protokolas
enhanced-subject-6 = Laiško turinys ar formatas
enhanced-subject-7 = Saugumas ar taisyklės

## X.0 Other

enhanced-0-0 = Kita ar neapibrėžta būsena: serveris tikslesnės priežasties nenurodė.

## X.1 Addressing

enhanced-1-0 = Su adresu susijusi būsena, kurios serveris tiksliau nenurodė.
enhanced-1-1 = Gavėjo adresas neegzistuoja: tokios pašto dėžutės serveryje nėra.
enhanced-1-2 = Gavėjo domenas (dalis po @) neegzistuoja arba negali priimti pašto.
enhanced-1-3 = Gavėjo adreso formatas netinkamas, pvz., jame yra tarpų arba trūksta @.
enhanced-1-4 = Gavėjo adresas dviprasmiškas: jis atitinka kelias pašto dėžutes.
enhanced-1-5 = Gavėjo adresas teisingas: tokia pašto dėžutė yra.
enhanced-1-6 = Gavėjo pašto dėžutė perkelta kitur, o naujas adresas nenurodytas.
enhanced-1-7 = Siuntėjo adreso formatas netinkamas, pvz., jame yra rašybos klaida ar tarpų.
enhanced-1-8 = Siuntėjo domenas (dalis po @) neegzistuoja arba negali priimti atsakymų.
enhanced-1-9 = Laiškas perduotas kitai, ne SMTP pašto sistemai, todėl toliau jo sekti nepavyks.
enhanced-1-10 = Gavėjo domenas paskelbė nulinį MX įrašą: jis el. laiškų visai nepriima.

## X.2 Mailbox

enhanced-2-0 = Su pašto dėžute susijusi būsena, kurios serveris tiksliau nenurodė.
enhanced-2-1 = Gavėjo pašto dėžutė išjungta ir laiškų nepriima.
enhanced-2-2 = Gavėjo pašto dėžutė pilna: joje nebėra vietos naujiems laiškams.
enhanced-2-3 = Laiško dydis viršija gavėjo pašto dėžutei nustatytą ribą.
enhanced-2-4 = Gavėjo adresas yra adresatų sąrašas (pašto konferencija), bet laiško nepavyko išplatinti jo nariams.

## X.3 Mail system

enhanced-3-0 = Su pašto sistema susijusi būsena, kurios serveris tiksliau nenurodė.
enhanced-3-1 = Gaunančiajam pašto serveriui trūksta vietos diske laiškams laikyti.
enhanced-3-2 = Pašto serveris laiškų iš tinklo nepriima, pvz., dėl priežiūros darbų.
enhanced-3-3 = Pašto serveris nepalaiko funkcijų, kurių reikia šiam laiškui pristatyti.
enhanced-3-4 = Laiškas per didelis: jis viršija didžiausią serverio leidžiamą laiško dydį.
enhanced-3-5 = Pašto serveris sukonfigūruotas netinkamai, todėl laiško pristatyti negali.
enhanced-3-6 = Serveris pakeitė laiškui nurodytą prioritetą, pvz., jį sumažino.

## X.4 Network and routing

enhanced-4-0 = Su tinklu ar maršruto parinkimu susijusi būsena, kurios serveris tiksliau nenurodė.
enhanced-4-1 = Gavėjo pašto serveris neatsako: prisijungti prie jo nepavyko.
enhanced-4-2 = Ryšys su pašto serveriu buvo užmegztas, bet nutrūko arba veikė blogai.
enhanced-4-3 = Katalogo ar DNS serverio klaida: nepavyko nustatyti, kur pristatyti laišką.
enhanced-4-4 = Nepavyko rasti kelio laiškui: neaišku, kuriam serveriui jį perduoti.
enhanced-4-5 = Pašto sistema perkrauta: laiškų tiek daug, kad ji nespėja jų apdoroti.
enhanced-4-6 = Aptikta maršruto kilpa: laiškas sukasi ratu tarp tų pačių serverių.
enhanced-4-7 = Baigėsi pristatymo laikas: laiško nepavyko pristatyti per leistiną laiką.

## X.5 Mail delivery protocol

enhanced-5-0 = Su pašto pristatymo protokolu susijusi būsena, kurios serveris tiksliau nenurodė.
enhanced-5-1 = Serveris gavo nepalaikomą komandą arba komandą ne ta tvarka.
enhanced-5-2 = Komandoje yra sintaksės klaida, todėl serveris jos nesuprato.
enhanced-5-3 = Laiškui nurodyta per daug gavėjų: serveris tiek vienu kartu nepriima.
enhanced-5-4 = Komandos parametrai netinkami arba serveris jų nepalaiko.
enhanced-5-5 = Siunčiančioji ir gaunančioji pusės naudoja nesuderinamas protokolo versijas.
enhanced-5-6 = Prisijungimo metu pašto programa išsiuntė per ilgą duomenų eilutę.

## X.6 Message content or media

enhanced-6-0 = Su laiško turiniu ar formatu susijusi būsena, kurios serveris tiksliau nenurodė.
enhanced-6-1 = Gaunančioji sistema nepalaiko šio laiško turinio formato.
enhanced-6-2 = Laišką reikia konvertuoti į kitą formatą, bet siuntėjas tai uždraudė.
enhanced-6-3 = Laišką reikia konvertuoti į kitą formatą, bet serveris to padaryti negali.
enhanced-6-4 = Laiškas konvertuotas į kitą formatą, bet dalis turinio prarasta.
enhanced-6-5 = Nepavyko konvertuoti laiško į gavėjui tinkamą formatą.
enhanced-6-6 = Laiško turinys nepasiekiamas: serveris negalėjo jo paimti iš nurodytos vietos.
enhanced-6-7 = Adresai su ne ASCII ženklais (pvz., ą, ž) šiam siuntėjui ar gavėjui neleidžiami.
enhanced-6-8 = Serveris turi atsakyti UTF-8 tekstu, bet siunčiančioji programa to nepalaiko.
enhanced-6-9 = Laiško su UTF-8 antraštėmis negalima perduoti vienam ar keliems gavėjams.
enhanced-6-10 = Pasenęs X.6.8 dublikatas: reikia UTF-8 atsakymo, bet programa jo nepalaiko.

## X.7 Security or policy

enhanced-7-0 = Su saugumu ar taisyklėmis susijusi būsena, kurios serveris tiksliau nenurodė.
enhanced-7-1 = Pristatyti neleista: serveris atmetė laišką pagal savo taisykles, pvz., dėl šlamšto.
enhanced-7-2 = Siuntėjui neleidžiama siųsti laiškų į šį adresatų sąrašą.
enhanced-7-3 = Laišką reikia perkoduoti į kitą saugaus pašto formatą, bet tai neįmanoma.
enhanced-7-4 = Gaunančioji sistema nepalaiko laiške prašomų saugumo funkcijų.
enhanced-7-5 = Kriptografinė klaida: nepavyko iššifruoti laiško ar patikrinti jo parašo.
enhanced-7-6 = Gaunančioji sistema nepalaiko laiške naudoto šifravimo ar parašo algoritmo.
enhanced-7-7 = Laiško vientisumo patikra nepavyko: turinys galėjo būti pakeistas pakeliui.
enhanced-7-8 = Prisijungimo duomenys neteisingi: netinka naudotojo vardas arba slaptažodis.
enhanced-7-9 = Pasirinktas prisijungimo būdas serveriui per silpnas.
enhanced-7-10 = Šiam veiksmui reikia šifruoto ryšio (TLS), o dabartinis ryšys nešifruotas.
enhanced-7-11 = Pasirinktu prisijungimo būdu galima jungtis tik šifruotu ryšiu (TLS).
enhanced-7-12 = Slaptažodį reikia atnaujinti, kad veiktų pasirinktas prisijungimo būdas.
enhanced-7-13 = Paskyra, kuria prisijungėte, išjungta.
enhanced-7-14 = Šiam veiksmui reikia serverių tarpusavio pasitikėjimo ryšio, bet jis nesukonfigūruotas.
enhanced-7-15 = Laiškui nurodytas per žemas prioritetas, kad serveris jį priimtų.
enhanced-7-16 = Laiškas per didelis: nurodyto prioriteto laiškams leidžiamas mažesnis dydis.
enhanced-7-17 = Pašto dėžutės savininkas pasikeitė: adresas dabar gali priklausyti kitam asmeniui.
enhanced-7-18 = Gavėjo domeno savininkas pasikeitė, todėl adresas gali priklausyti kitam asmeniui.
enhanced-7-19 = Nepavyko atlikti RRVS patikros, ar adreso savininkas nepasikeitė.
enhanced-7-20 = Laiške nėra nė vieno DKIM parašo, kurio patikra būtų sėkminga.
enhanced-7-21 = Laiške nėra DKIM parašo, kuris atitiktų gavėjo serverio reikalavimus.
enhanced-7-22 = Nėra galiojančio DKIM parašo, atitinkančio siuntėjo (From) domeną.
enhanced-7-23 = SPF patikra nepavyko: šiam serveriui neleidžiama siųsti siuntėjo domeno vardu.
enhanced-7-24 = SPF patikros klaida: nepavyko perskaityti ar įvertinti siuntėjo domeno SPF įrašo.
enhanced-7-25 = Atvirkštinė DNS patikra nepavyko: siunčiančiojo IP adreso vardas netinkamas.
enhanced-7-26 = Nepavyko kelios autentiškumo patikros, pvz., ir SPF, ir DKIM, arba DMARC.
enhanced-7-27 = Siuntėjo domenas paskelbė nulinį MX įrašą, todėl negali gauti atsakymų.
enhanced-7-28 = Laiškas atrodo kaip panašių piktnaudžiavimo laiškų antplūdžio dalis.
enhanced-7-29 = ARC patikra nepavyko: persiųsto laiško patikrų grandinė negalioja.
enhanced-7-30 = Laišką leidžiama perduoti tik su REQUIRETLS, bet kitas serveris jo nepalaiko.
