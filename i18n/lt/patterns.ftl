### Well-known rejection texts (Lithuanian).
### One summary (a single line) and one action for each pattern in assets/patterns.toml, in its order.

## Gmail (Google)

code-pattern-gmail-unauthenticated-summary = Gmail: laiškas neišlaikė siuntėjo patikrų (SPF ir DKIM)
code-pattern-gmail-unauthenticated-action = Gmail priima tik tuos laiškus, kurie išlaiko siuntėjo domeno SPF arba DKIM patikrą. Domeno administratorius turi įtraukti siunčiantįjį serverį į SPF įrašą arba įjungti DKIM pasirašymą. Jei siunčiate iš pašto programos, siųskite per savo paslaugų teikėjo siunčiamų laiškų serverį.

code-pattern-gmail-spf-summary = Gmail: siunčiantysis serveris neįtrauktas į domeno SPF įrašą
code-pattern-gmail-spf-action = Domeno SPF įraše – DNS įraše, kuriame išvardyti serveriai, galintys siųsti domeno vardu, – nėra serverio, išsiuntusio šį laišką. Įtraukite tą serverį į įrašą arba siųskite per serverį, kuris jame jau yra.
code-pattern-gmail-dkim-summary = Gmail: laiškas neturi galiojančio DKIM parašo
code-pattern-gmail-dkim-action = Gmail reikalauja, kad masinių laiškų siuntėjai turėtų galiojantį DKIM parašą. Siunčiančiojo serverio administratorius turi pasirašyti siunčiamus laiškus siuntėjo domeno DKIM raktu ir paskelbti tą raktą domeno DNS.
code-pattern-gmail-tls-summary = Gmail: laiškas išsiųstas ne šifruotu (TLS) ryšiu
code-pattern-gmail-tls-action = Gmail riboja arba atmeta laiškus, gautus be TLS. Siunčiančiojo serverio administratorius turi įjungti TLS (STARTTLS) siunčiamiems ryšiams; kai tai veiks, laiškas bus išsiųstas iš naujo automatiškai.

code-pattern-gmail-ptr-summary = Gmail: siunčiančiojo serverio IP adresas neturi atitinkamo PTR įrašo
code-pattern-gmail-ptr-action = Gmail atmeta laiškus iš IP adresų be atvirkštinio DNS įrašo. Siunčiančiojo serverio administratorius turi sukurti jo IP adresui PTR įrašą su serverio vardu, o tas vardas turi rodyti atgal į tą patį adresą.

code-pattern-gmail-rate-limited-summary = Gmail: per daug nepageidaujamų laiškų iš šio siuntėjo, priėmimas sulėtintas
code-pattern-gmail-rate-limited-action = Gmail kol kas priima mažiau laiškų, nes daug pastarųjų laiškų iš šio serverio ar domeno atrodė kaip šlamštas. Sustabdykite masinius siuntimus, patikrinkite, ar serveryje nėra nulaužtų paskyrų ar skriptų, ir rašykite tik tiems, kurie patys prašė jūsų laiškų.

code-pattern-gmail-likely-unsolicited-summary = Gmail: laiškas atrodo kaip šlamštas, todėl atmestas
code-pattern-gmail-likely-unsolicited-action = Gmail nusprendė, kad laiškas, jo nuorodos ar siunčiančiojo serverio reputacija panašūs į šlamštą. Pašalinkite abejotinas nuorodas ir priedus, įsitikinkite, kad siuntėjo domenas išlaiko SPF ir DKIM patikras, ir patikrinkite, ar serverio IP adreso nėra jokiame juodajame sąraše.

code-pattern-gmail-mailbox-full-summary = Gmail: gavėjo pašto dėžutėje nebeliko vietos
code-pattern-gmail-mailbox-full-action = Gavėjas išnaudojo visą savo Google saugyklą, todėl nauji laiškai nebegali būti priimti. Praneškite jam kitu būdu, pavyzdžiui, telefonu, kad atlaisvintų vietos ar įsigytų daugiau, tada išsiųskite laišką dar kartą.

code-pattern-gmail-no-such-user-summary = Gmail: adreso, kuriuo rašėte, nėra
code-pattern-gmail-no-such-user-action = Patikrinkite, ar gavėjo adrese nėra rašybos klaidų ar nereikalingų tarpų, ypač dalyje prieš @. Jei adresas atrodo teisingas, kitu būdu paklauskite gavėjo, koks jo dabartinis adresas.

code-pattern-gmail-bad-credentials-summary = Gmail: nepriimtas naudotojo vardas arba slaptažodis
code-pattern-gmail-bad-credentials-action = Pašto programa jungėsi prie Gmail serverio su neteisingu arba senu slaptažodžiu. Įveskite visą el. pašto adresą ir dabartinį slaptažodį; jei Google paskyroje įjungtas patvirtinimas dviem veiksmais, sukurkite ten programos slaptažodį ir naudokite jį.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-ip-not-accepted-summary = Microsoft: laiškai iš siunčiančiojo serverio IP adreso nepriimami
code-pattern-microsoft-ip-not-accepted-action = Microsoft nepriima laiškų iš šio IP adreso dėl jo prastos reputacijos, dažnai todėl, kad per jį buvo siunčiamas šlamštas. Siunčiančiojo serverio administratorius turi pašalinti priežastį, pvz., nulaužtą paskyrą ar skriptą, ir tada paprašyti Microsoft pagalbos tarnybos panaikinti blokavimą.

code-pattern-microsoft-banned-ip-summary = Microsoft: siunčiantysis IP adresas yra Microsoft juodajame sąraše
code-pattern-microsoft-banned-ip-action = Siunčiančiojo serverio administratorius pirmiausia turi pašalinti priežastį, pvz., nulaužtą paskyrą ar skriptą. Tada Microsoft išbraukimo iš sąrašo puslapyje sender.office.com jis gali paprašyti išbraukti pranešime nurodytą IP adresą.

code-pattern-microsoft-blocklist-summary = Outlook.com: siuntėjo tinklas yra Microsoft juodajame sąraše
code-pattern-microsoft-blocklist-action = Outlook.com ir Hotmail blokuoja paštą iš tinklo, iš kurio atėjo laiškas. Siunčiančiojo serverio administratorius arba jo interneto paslaugų teikėjas turi užtikrinti, kad iš to tinklo nebūtų siunčiamas šlamštas, ir tada paprašyti Microsoft siuntėjų pagalbos tarnybos panaikinti blokavimą.

code-pattern-microsoft-recipient-not-found-summary = Microsoft: gavėjo pusėje pašto dėžutės šiuo adresu nėra
code-pattern-microsoft-recipient-not-found-action = Gavėjo organizacija neturi pašto dėžutės šiuo adresu. Patikrinkite, ar adrese nėra rašybos klaidų; jei jis teisingas, kitu būdu paklauskite gavėjo, ar adresas nepasikeitė. Jei domenas jūsų, patikrinkite, ar tokia pašto dėžutė sukurta Microsoft 365.

code-pattern-microsoft-client-not-authenticated-summary = Microsoft 365: pašto programa bandė siųsti neprisijungusi
code-pattern-microsoft-client-not-authenticated-action = Pašto programoje įjunkite „Siunčiamų laiškų serveriui reikalingas autentifikavimas“ ir nurodykite visą el. pašto adresą bei jo slaptažodį. Gali būti, kad Microsoft 365 administratorius dar turės leisti šiai pašto dėžutei jungtis per SMTP (SMTP AUTH).

code-pattern-recipient-access-denied-summary = Access denied: gaunantysis serveris nepriima laiškų šiuo adresu
code-pattern-recipient-access-denied-action = Gaunantysis serveris nepriima laiškų šiuo adresu, dažnai todėl, kad tokios pašto dėžutės ten nėra arba domeno MX įrašai nukreipti ne ten. Patikrinkite adresą, tada paprašykite gavėjo, kad būtų patikrinti jo domeno pašto nustatymai.

## Yahoo and AOL

code-pattern-yahoo-deferred-summary = Yahoo: laiškai iš šio serverio atidedami dėl jų kiekio ar skundų
code-pattern-yahoo-deferred-action = Yahoo laikinai sulaiko laiškus iš šio IP adreso, nes staiga išaugo laiškų kiekis arba skundų dėl šlamšto skaičius. Siunčiantysis serveris pats bandys dar kartą. Siųskite mažesnėmis dalimis, tik tiems, kurie to prašė, ir patikrinkite, ar serveriu nepiktnaudžiaujama.

code-pattern-yahoo-policy-summary = Yahoo: laiškas atmestas dėl taisyklių
code-pattern-yahoo-policy-action = Yahoo atmetė laišką, dažniausiai todėl, kad siuntėjo domenas neišlaikė SPF, DKIM ar DMARC patikrų arba turinys atrodė kaip šlamštas. Domeno administratorius turėtų patikrinti šiuos DNS įrašus; tada išsiųskite laišką dar kartą.

## Blocklists

code-pattern-spamhaus-summary = Siunčiančiojo serverio IP adresas yra Spamhaus juodajame sąraše
code-pattern-spamhaus-action = Patikrinkite IP adresą Spamhaus svetainėje ir sužinokite, kodėl jis įtrauktas į sąrašą. Siunčiančiojo serverio administratorius pirmiausia turi pašalinti priežastį, pvz., nulaužtą paskyrą ar skriptą, virusą ar atvirą perdavimą (open relay), ir tada paprašyti Spamhaus išbraukti adresą.

code-pattern-spamcop-summary = Siunčiančiojo serverio IP adresas yra SpamCop juodajame sąraše
code-pattern-spamcop-action = SpamCop įtraukia adresus, iš kurių neseniai siųsta laiškų, kuriuos žmonės pažymėjo kaip šlamštą. Siunčiančiojo serverio administratorius turi rasti ir sustabdyti tokius laiškus; po kurio laiko adresas iš sąrašo išbraukiamas savaime.

code-pattern-barracuda-summary = Siunčiančiojo serverio IP adresas yra Barracuda reputacijos sąraše
code-pattern-barracuda-action = Patikrinkite IP adresą svetainėje barracudacentral.org. Siunčiančiojo serverio administratorius pirmiausia turi pašalinti šlamšto priežastį, o tada toje pačioje svetainėje gali paprašyti išbraukti adresą.

code-pattern-generic-blocklist-summary = Siunčiančiojo serverio IP adresas yra gavėjo naudojamame juodajame sąraše
code-pattern-generic-blocklist-action = Atsakyme paprastai nurodomas sąrašo pavadinimas. Patikrinkite IP adresą to sąrašo svetainėje ir sužinokite, kodėl jis įtrauktas; siunčiančiojo serverio administratorius turi pašalinti priežastį ir tada paprašyti sąrašo tvarkytojų išbraukti adresą.

## Checks of the sending server

code-pattern-greylisting-summary = Pilkasis sąrašas (greylisting): gaunantysis serveris prašo siųsti laišką vėliau
code-pattern-greylisting-action = Dažniausiai nieko daryti nereikia. Gaunantysis serveris tyčia atmeta pirmąjį nežinomo siuntėjo bandymą; tinkamai veikiantis siunčiantysis serveris pats bando dar kartą, ir laiškas ateina, paprastai per valandą.

code-pattern-no-reverse-dns-summary = Siunčiančiojo serverio IP adresas neturi tinkamo atvirkštinio DNS (PTR) įrašo
code-pattern-no-reverse-dns-action = Gaunantysis serveris reikalauja, kad siunčiantysis IP adresas turėtų PTR įrašą su serverio vardu, o tas vardas rodytų atgal į tą patį adresą. Siunčiančiojo serverio administratorius turi jį nustatyti, paprastai valdymo skydelyje arba per IP adreso savininką.

code-pattern-helo-rejected-summary = Gaunantysis serveris atmetė vardą, kuriuo prisistatė siunčiantysis serveris
code-pattern-helo-rejected-action = Siunčiantysis serveris prisistato (HELO) be vardo arba nepilnu ar neteisingu vardu. Nurodykite visą serverio vardą, kaip jis įrašytas DNS, geriausia tą patį kaip jo IP adreso PTR įraše.

## Authentication of the sender's domain

code-pattern-dmarc-fail-summary = DMARC: siuntėjo domenas prašo atmesti nepatvirtintus laiškus
code-pattern-dmarc-fail-action = Laukelyje „Nuo“ (From) nurodyto adreso domenas turi DMARC politiką, o šis laiškas neišlaikė nei jo SPF, nei DKIM patikros. Domeno administratorius turi įtraukti siunčiantįjį serverį į SPF įrašą ir įjungti DKIM pasirašymą. Tokia klaida gali ištikti ir persiųstus laiškus.

code-pattern-spf-fail-summary = SPF patikra nepavyko: šiam serveriui neleidžiama siųsti siuntėjo domeno vardu
code-pattern-spf-fail-action = Siuntėjo domeno SPF įraše nenurodytas serveris, išsiuntęs laišką. Jei siunčiate iš pašto programos, siųskite per savo paslaugų teikėjo siunčiamų laiškų serverį; kitu atveju paprašykite domeno DNS tvarkytojo įtraukti siunčiantįjį serverį į įrašą.

code-pattern-dkim-fail-summary = DKIM patikra nepavyko: laiško parašo nėra arba jis negalioja
code-pattern-dkim-fail-action = Gaunantysis serveris negalėjo patikrinti laiško DKIM parašo. Siuntėjo domeno administratorius turėtų patikrinti, ar įjungtas DKIM pasirašymas ir ar DNS paskelbtas raktas tinka. Parašas gali nebegalioti ir tada, jei laiškas pakeliui buvo pakeistas.

## Logging in and the sender's address

code-pattern-auth-failed-summary = Prisijungti nepavyko: serveris nepriėmė naudotojo vardo ar slaptažodžio
code-pattern-auth-failed-action = Patikrinkite pašto programos prisijungimo nustatymus: naudotojo vardas – visas el. pašto adresas, slaptažodis – dabartinis. Jei vis tiek nepavyksta, valdymo skydelyje ({ $control-panel }) nustatykite naują slaptažodį ir įveskite jį visose programose.

code-pattern-starttls-required-summary = Reikia šifravimo: serveris pirmiausia reikalauja šifruoto ryšio
code-pattern-starttls-required-action = Pašto programoje įjunkite siunčiamų laiškų serverio šifravimą: STARTTLS su 587 prievadu arba SSL/TLS su 465 prievadu. Tada bandykite dar kartą.

code-pattern-sender-login-mismatch-summary = Siuntėjo adresas nepriklauso paskyrai, kuria prisijungta
code-pattern-sender-login-mismatch-action = Serveris leidžia siųsti tik iš adresų, priklausančių paskyrai, kuria prisijungiate. Pašto programoje laukelyje „Nuo“ (From) nurodykite tos pašto dėžutės, kuria prisijungiate, adresą arba prisijunkite prie to adreso pašto dėžutės.

code-pattern-sender-address-rejected-summary = Gaunantysis serveris atmetė siuntėjo adresą
code-pattern-sender-address-rejected-action = Siuntėjo adresas atmestas, dažnai todėl, kad jo domeno nėra DNS arba šiuo adresu ten siųsti neleidžiama. Patikrinkite adresą laukelyje „Nuo“ (From) pašto programoje ar skripte ir ar jo domeno DNS įrašai veikia.

## Relaying

code-pattern-relay-access-denied-summary = Relay access denied: serveris nepriima laiškų šiam gavėjui
code-pattern-relay-access-denied-action =
    Laišką gavęs serveris neaptarnauja gavėjo adreso pašto. Arba domeno MX įrašai nukreipia paštą į
    netinkamą serverį, arba tokios pašto dėžutės ten nėra. Patikrinkite adresą, tada gavėjo domeno
    MX įrašus. Jei taip atsakė jūsų paslaugų teikėjo SMTP serveris, pašto programoje įjunkite SMTP
    autentifikavimą (prisijungimą naudotojo vardu ir slaptažodžiu).

code-pattern-relay-not-permitted-summary = Relaying denied: serveris neperduos jūsų laiško toliau
code-pattern-relay-not-permitted-action = Serveris perduoda laiškus toliau tik prisijungusiems naudotojams. Įjunkite „Siunčiamų laiškų serveriui reikalingas autentifikavimas“ ir nurodykite visą el. pašto adresą bei jo slaptažodį. Jei atsakymas atėjo iš gavėjo serverio, patikrinkite jo domeno MX įrašus.

## Limits and sizes

code-pattern-sending-limit-summary = Pasiektas siuntimo limitas: išsiųsta per daug laiškų
code-pattern-sending-limit-action =
    Palaukite ir siųskite vėliau; limitas atsinaujina savaime. Jūsų paslaugų teikėjo serverio limitai:
    vienai pašto dėžutei – { $hourly-account-limit } { $hourly-account-limit ->
        [one] laiškas
        [few] laiškai
        [many] laiško
       *[other] laiškų
    } per valandą, skriptams – { $daily-limit } per dieną. Didelius siuntimus paskirstykite per ilgesnį
    laiką.

code-pattern-too-many-recipients-summary = Per daug gavėjų viename laiške
code-pattern-too-many-recipients-action = Serveris priima ribotą gavėjų skaičių viename laiške. Padalykite sąrašą į mažesnes grupes ir išsiųskite kelis laiškus arba dideliems sąrašams naudokite masinio siuntimo paslaugą.

code-pattern-message-too-large-summary = Laiškas didesnis, nei leidžia gaunantysis serveris
code-pattern-message-too-large-action = Sumažinkite laišką: didelius failus bendrinkite atsisiuntimo nuoroda arba juos suglaudinkite. Siunčiami priedai padidėja maždaug trečdaliu, tad palikite atsargą. Tada išsiųskite laišką dar kartą.

## The recipient's mailbox

code-pattern-mailbox-full-summary = Gavėjo pašto dėžutė pilna (viršyta kvota)
code-pattern-mailbox-full-action = Kad nauji laiškai galėtų patekti, gavėjas turi ištrinti laiškų arba gauti daugiau vietos. Praneškite jam kitu būdu, tada išsiųskite laišką dar kartą. Jei pašto dėžutė jūsų, žiniatinklio pašte ištuštinkite šiukšlinę ir didelius aplankus.

code-pattern-mailbox-disabled-summary = Gavėjo pašto dėžutė išjungta arba nebenaudojama
code-pattern-mailbox-disabled-action = Adresas žinomas, bet laiškų nepriima, dažnai todėl, kad paskyra uždaryta arba ilgai nenaudota. Kitu būdu paklauskite gavėjo, kokiu adresu jam rašyti.

code-pattern-user-unknown-summary = Nežinomas gavėjas: pašto dėžutės šiuo adresu nėra
code-pattern-user-unknown-action = Patikrinkite, ar gavėjo adrese nėra rašybos klaidų, ypač šalia @ ir domeno dalyje. Jei adresas teisingas, kitu būdu paklauskite gavėjo, ar toks adresas dar veikia.
