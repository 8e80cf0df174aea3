### Programos ekranai, etiketės, klavišai ir pranešimai (lietuvių kalba).

## General

# The name of this language, written in the language itself.
ui-language-name = Lietuvių
ui-step-of = žingsnis { $n }/{ $total }
ui-too-small =
    Langas per mažas: programai mailwiz reikia bent { $min-width }×{ $min-height } ženklų lango, o
    dabartinis yra { $width }×{ $height }. Padidinkite langą arba paspauskite q, kad išeitumėte.

## Answers and screens of the wizard

# The keys that answer a check, as the initials of this language's words: the first letter of
# each value is shown on screen, the others (separated by spaces) work too. y, n and u answer in
# every language. None may be a key of another command on a check screen (s, x, q, c, L, /, ?).
# t = Taip, n = Ne, ž = nežinau (z – klaviatūroms be ž).
ui-key-yes = t y
ui-key-no = n
ui-key-unsure = ž z u
ui-answer-yes = Taip
ui-answer-no = Ne
ui-answer-unsure = Nežinau
ui-advice-heading = Ką daryti
ui-unsure-heading = Kaip sužinoti
ui-go-on-or-stop = Enter: tęsti · x: sustoti ir peržiūrėti santrauką
ui-resolved = Išspręsta.
ui-end-of-scenario = Scenarijus baigtas. Paspauskite s, kad peržiūrėtumėte santrauką, arba Esc, kad grįžtumėte.
ui-input-hint = Įveskite ar įklijuokite ir paspauskite Enter.
ui-search-no-match = Kataloge atitikmenų nerasta. Paspauskite Enter, kad įvestis būtų išnagrinėta kaip atsakymo eilutė.
ui-code-not-recognised = Tai ne atsakymo kodas: „{ $input }“. Pabandykite 550, 4.2.2 arba klaidos eilutę iš grąžinto laiško.
ui-code-go-to-step = Atidaryti žingsnį „{ $step }“ ({ $scenario })
ui-code-continue = Tęsti scenarijų

## Labels of an explanation (screen and command line)

ui-label-input = Įvestis
ui-label-code = Kodas
ui-label-enhanced = Išplėstinis kodas
ui-label-class = Klasė
ui-label-category = Sritis
ui-label-who = Kas sprendžia
ui-label-causes = Dažnos priežastys
ui-label-action = Ką daryti
ui-label-step = Vedlio žingsnis
ui-label-recipient = Gavėjas
ui-label-reason = Priežastis
ui-label-server = Serveris
ui-label-diagnostic = Serverio atsakymas
ui-not-in-catalogue = kataloge nėra: paaiškinta pagal skaitmenis
ui-no-basic-code = pagrindinis atsakymo kodas nenurodytas: paaiškinta pagal išplėstinį kodą
ui-more-below = ▼ toliau: PgDn
ui-picker-screen = Ekrano kalba
ui-picker-caller = Skambinančiojo kalba
ui-picker-same = tokia pati kaip ekrano
ui-caller-language = skambinantysis: { $language }
ui-observed = Pagal jūsų pateiktą serverio atsakymą: { $answer }
ui-observed-take = Enter priima šį atsakymą; žemiau esantys klavišai leidžia atsakyti kitaip.
ui-step-in-scenario = „{ $step }“ scenarijuje „{ $scenario }“
ui-enhanced-only-summary = Išplėstinė būsena { $enhanced } ({ $class }): problemos sritis – { $subject }.

## The subject of an enhanced status code (its second number, RFC 3463)

ui-subject-0 = nenurodyta
ui-subject-1 = adresas
ui-subject-2 = pašto dėžutė
ui-subject-3 = pašto sistema
ui-subject-4 = tinklas ar maršruto parinkimas
ui-subject-5 = pašto pristatymo protokolas
ui-subject-6 = laiško turinys ar formatas
ui-subject-7 = saugumas ar taisyklės

## The list of codes

ui-codes-heading = SMTP atsakymo kodai: { $count }
ui-codes-class-heading = { $class } ({ $digit }xx)

ui-enhanced-heading = Išplėstiniai būsenos kodai: { $count } (X – 2 sėkmei, 4 laikinai klaidai, 5 nuolatinei klaidai)
ui-recipients-failed = { $count ->
    [one] Nepavyko pristatyti { $count } gavėjui.
    [few] Nepavyko pristatyti { $count } gavėjams.
   *[other] Nepavyko pristatyti { $count } gavėjų.
}
ui-no-recipient = Laiške nenurodytas gavėjas, kuriam nepavyko pristatyti; jo tekstas paaiškinamas kaip vienas serverio atsakymas.

## The summary

ui-summary-title = Santrauka
ui-summary-heading = mailwiz seanso santrauka
ui-summary-gather = Ką surinkti prieš kreipiantis į pagalbos tarnybą
ui-summary-nothing = kol kas nieko

## Errors

ui-error-empty-input = Nėra ką paaiškinti: nurodykite atsakymo kodą, išplėstinį kodą arba grąžinto laiško eilutę.
ui-error-not-a-code =
    „{ $input }“ nėra SMTP atsakymo kodas. Nurodykite kodą nuo 200 iki 599 (pvz., 550), išplėstinį
    kodą (pvz., 5.1.1) arba visą atsakymo eilutę.
ui-error-unknown-language = Nepalaikoma kalba „{ $lang }“. Pasirinkite vieną iš: { $supported }.
ui-error-profile = Profilio { $file } naudoti negalima: eilutė { $line }: { $reason }
ui-error-profile-unreadable = Nepavyko perskaityti profilio { $file }: { $reason }
ui-error-profile-invalid = Profilio { $file } naudoti negalima: { $reason }
ui-error-summary-write = Nepavyko įrašyti santraukos į { $file }: { $reason }
ui-error-restricted-profile = Ribotoje veiksenoje parinkties --profile naudoti negalima. Skaitomas tik administratoriaus profilis { $path }, o jei tokio failo nėra, naudojamas įtaisytasis profilis.
ui-error-restricted-summary = Ribotoje veiksenoje santrauką galima išvesti tik į standartinę išvestį: vietoj failo vardo nurodykite --summary -.
ui-error-restricted-file = Ribotoje veiksenoje failai neskaitomi: įklijuokite grąžintą laišką arba perduokite jį į standartinę įvestį komanda explain -.
ui-error-not-a-terminal = Vedliui reikia terminalo. Norėdami paaiškinti kodą be jo, naudokite: mailwiz explain 550
ui-error-terminal = Terminalas nustojo veikti: { $reason }
ui-error-dumb-terminal = Vedliui reikia terminalo, galinčio piešti visą ekraną, o TERM („{ $term }“) rodo, kad šis to negali. Norėdami paaiškinti kodą be vedlio, naudokite: mailwiz explain 550
ui-error-summary-exists = Failas { $file } jau yra, o santrauka niekada nepakeičia esamo failo. Nurodykite naują failo pavadinimą arba --summary -, kad santrauka būtų išvesta į standartinę išvestį.
ui-error-output = Nepavyko išvesti rezultato: { $reason }
ui-error-stdin = Nepavyko nuskaityti standartinės įvesties: { $reason }
ui-error-message-file = Nepavyko perskaityti failo { $file }: { $reason }

## Keys: what each key does (footer and help overlay)

help-title = Klavišai
help-close = Paspauskite q, kad išeitumėte, arba bet kurį kitą klavišą, kad uždarytumėte žinyną.
help-move = judėti
help-choose = pasirinkti
help-pick = pasirinkti numeriu
help-yes = taip
help-no = ne
help-unsure = nežinau
help-scroll = slinkti
help-page = puslapiu aukštyn arba žemyn
help-back = atgal
help-lookup = ieškoti kodo
help-language = kalba
help-caller-language = skambinančiojo kalba
help-summary = santrauka
help-help = žinynas
help-quit = išeiti
help-go-on = tęsti
help-stop = sustoti, santrauka
help-copy = kopijuoti į iškarpinę
help-explain = paaiškinti

## A summary for a ticket

ui-summary-started = Pradėta
ui-summary-version = Versija
ui-summary-profile = Profilis
ui-summary-profile-embedded = numatytasis įtaisytasis, { $provider }
ui-summary-profile-file = { $file }, { $provider }
ui-summary-caller = Kalba, kuria aptarnautas klientas
ui-summary-outcome = Rezultatas
ui-summary-outcome-solved = išspręsta ({ $step })
ui-summary-outcome-escalate = neišspręsta: perduokite pagalbos tarnybai ({ $step })
ui-summary-outcome-unfinished = nebaigta; jei problema išliks, perduokite ją pagalbos tarnybai ({ $step })
ui-summary-outcome-open = nebaigta; nepradėtas nė vienas scenarijus
ui-summary-problems = Problemos, diagnozės ir pateikti patarimai
ui-summary-problem = Problema
ui-summary-diagnosis = Diagnozė
ui-summary-advice = Pateiktas patarimas
ui-summary-steps = Žingsniai ir atsakymai
ui-summary-named-in-error = { $value } (nurodyta klaidos pranešime)
ui-summary-copied = Santrauka išsiųsta į terminalo iškarpinę (OSC 52).
ui-summary-copy-help =
    Jei nieko neįklijuojama, terminalas OSC 52 nepaiso. Naudodami tmux, įjunkite jį komanda:
      tmux set -g set-clipboard on
    Taip pat galite paleisti mailwiz su parinktimi --summary FAILAS arba pažymėti tekstą pele.
ui-quit-title = Išėjimas
ui-quit-question = Ar norite išeiti iš mailwiz?
ui-quit-summary-file = Santrauka bus įrašyta į failą { $file }.
ui-quit-summary-stdout = Santrauka bus išvesta, kai bus atkurtas terminalas.
ui-quit-summary-nowhere = Santrauka yra tik ekrane. Kad ją išsaugotumėte, paspauskite Esc, tada s, kad ją peržiūrėtumėte, ir c, kad ją nukopijuotumėte.

## Issue 13, part 2: the lookup

# Ctrl-U in the lookup: empties the field.
help-clear = išvalyti lauką
# mailwiz search found nothing for the words given.
ui-error-no-match = Pagal „{ $query }“ nieko nerasta. Pabandykite kitus žodžius, kodą (pvz., 550) arba išplėstinį kodą (pvz., 5.7.1).

## Issue 14: the live checks (mailwiz check and the wizard's evidence)

live-status-ok = OK
live-status-warn = įspėjimas
live-status-fail = problema
live-status-error = nepatikrinta
live-status-skipped = praleista
live-no-resolver = Nepavyko parengti jokio DNS serverio (resolver) užklausoms: { $error }. Nurodykite jį parinktimi --resolver IP arba patikrinkite /etc/resolv.conf.
live-dns-error = DNS užklausa nepavyko ({ $error }). Bandykite dar kartą arba kreipkitės į kitą DNS serverį parinktimi --resolver IP.
live-skipped-no-domain = Nepatikrinta: domeno { $domain } nėra.
live-mx-no-domain = Domeno { $domain } DNS sistemoje nėra: patikrinkite, ar jis parašytas teisingai ir ar nepasibaigė jo galiojimas.
live-mx-implicit = Domenas neturi MX įrašų, todėl siuntėjai laiškus pristato paties domeno adresu ({ $addresses }). Paskelbkite MX įrašus, nurodančius pašto serverius.
live-mx-no-mail = Domenas neturi nei MX įrašų, nei adreso: joks laiškas jo pasiekti negali.
live-mx-null = Domenas paskelbęs nulinį MX įrašą (null MX, RFC 7505): juo pranešama, kad domenas visiškai nepriima laiškų.
live-mx-ok = Domeno paštas keliauja į { $hosts }.
live-mx-unresolved = Nė vienas domeno pašto serveris neturi adreso ({ $hosts }): laiškų pristatyti neįmanoma. Sukurkite jiems A įrašus arba ištaisykite MX įrašus.
live-mx-some-unresolved = Kai kurie domeno pašto serveriai neturi adreso ({ $hosts }): siuntėjai, kurie pirmiausia bando juos, laiškus pristato pavėluotai.
live-mx-provider-ok = Visi MX įrašai nukreipti į paslaugų teikėjo ({ $provider }) pašto serverius.
live-mx-provider-some = Kai kurie MX įrašai nukreipti ne į paslaugų teikėjo ({ $provider }) serverius, o į kitus: { $hosts }. Ten patekę laiškai nepasiekia pašto dėžučių pas paslaugų teikėją ({ $provider }).
live-mx-provider-none = MX įrašai nukreipti į { $hosts }, o ne į paslaugų teikėjo ({ $provider }) pašto serverius: gaunami laiškai keliauja ten.
live-skipped-no-spf = Nepatikrinta: nėra galiojančio SPF įrašo.
live-spf-none = Domenas neturi SPF įrašo: gavėjai negali nustatyti, kurie serveriai gali siųsti jo laiškus, o Gmail ir Yahoo tokius laiškus atmeta arba pažymi kaip šlamštą.
live-spf-many =
    Domenas turi { $count } SPF { $count ->
        [one] įrašą
        [few] įrašus
        [many] įrašo
       *[other] įrašų
    }. Tokiu atveju gavėjai nepaiso nė vieno (permerror): sujunkite juos į vieną.
live-spf-syntax = SPF įrašas negalioja ties „{ $term }“: gavėjai jo nepaiso (permerror).
live-spf-void = SPF įraše įtrauktas { $name }, kuris neturi SPF įrašo arba turi daugiau nei vieną: gavėjai visą įrašą laiko klaidingu (permerror).
live-spf-included-syntax = Įtrauktas { $name } SPF įrašas negalioja ties „{ $term }“: gavėjai visą domeno SPF įrašą laiko klaidingu (permerror).
live-spf-too-many-lookups = SPF įrašo patikrai reikia per daug DNS užklausų: { $lookups }, nors leidžiama ne daugiau kaip 10. Gavėjai įrašą laiko klaidingu (permerror). Pašalinkite nebenaudojamus include mechanizmus.
live-spf-pass-all = SPF įrašas baigiasi +all: jis leidžia bet kuriam pasaulio serveriui siųsti laiškus domeno vardu. Baikite jį ~all arba -all.
live-spf-ok = Vienas galiojantis SPF įrašas, besibaigiantis { $all }; jo patikrai reikia { $lookups } iš 10 leidžiamų DNS užklausų.
live-spf-redirect = Vienas galiojantis SPF įrašas, nukreipiantis į { $name } SPF įrašą (redirect=); jo patikrai reikia { $lookups } iš 10 leidžiamų DNS užklausų.
live-spf-neutral = SPF įrašas baigiasi ?all arba visai neturi all: jis nieko nesako apie kitus serverius, todėl mažai apsaugo nuo suklastotų laiškų. Baikite jį ~all arba -all.
live-spf-provider-ok = SPF įraše įtrauktas { $include }, t. y. paslaugų teikėjo ({ $provider }) serveriai.
live-spf-provider-missing = SPF įraše neįtrauktas { $include }: per paslaugų teikėjo ({ $provider }) serverius siunčiami laiškai nepraeina SPF patikros. Prieš pabaigoje esantį all pridėkite include:{ $include }.
live-dmarc-none = Vardu { $name } DMARC įrašo nėra. Gmail, Yahoo ir Outlook.com jo reikalauja iš masinių siuntėjų; pradėkite nuo v=DMARC1; p=none.
live-dmarc-not-first = DMARC įrašas negalioja: jis turi prasidėti v=DMARC1 ir kabliataškiu. Gavėjai jo nepaiso.
live-dmarc-no-policy = DMARC įraše nenurodyta politika (p=none, quarantine arba reject): gavėjai jo nepaiso.
live-dmarc-bad-tag = DMARC įrašo reikšmė { $tag }= netinkama: gavėjai šios žymos nepaiso ir taiko jos numatytąją reikšmę.
live-dmarc-monitor = Domeno { $domain } DMARC politika yra p=none: gavėjai tik siunčia ataskaitas, o patikros nepraėję laiškai vis tiek pristatomi.
live-dmarc-partial = DMARC politika p={ $policy } taikoma tik { $percent } % patikros nepraėjusių laiškų.
live-dmarc-ok = Domeno { $domain } DMARC politika yra p={ $policy } ({ $alignment }): gavėjai pagal ją elgiasi su patikros nepraėjusiais laiškais.
live-dmarc-bad-policy = DMARC įrašo reikšmė { $tag }= nėra none, quarantine ar reject: gavėjai netaiko jokios DMARC politikos.
live-dmarc-many =
    Yra { $count } DMARC { $count ->
        [one] įrašas
        [few] įrašai
        [many] įrašo
       *[other] įrašų
    }: tokiu atveju gavėjai netaiko nė vieno. Palikite tik vieną.
live-dkim-no-selector = Nepatikrinta: DKIM selektorius nežinomas. Nurodykite jį parinktimi --dkim-selector; tai išsiųsto laiško antraštės DKIM-Signature reikšmė s=.
live-dkim-missing = Selektoriui { $selector } nepaskelbtas joks DKIM raktas (vardu { $name }): šiuo selektoriumi sukurtų parašų patikrinti neįmanoma.
live-dkim-broken = Selektoriaus { $selector } DKIM rakto įrašas negalioja: šiuo selektoriumi sukurtų parašų patikrinti neįmanoma.
live-dkim-revoked = Selektoriaus { $selector } DKIM raktas tuščias (p=): jis atšauktas, todėl šiuo selektoriumi sukurti parašai nepraeina patikros.
live-dkim-short =
    Selektoriaus { $selector } DKIM raktas yra tik { $bits } { $bits ->
        [one] bito
       *[other] bitų
    } ilgio: gavėjai atmeta trumpesnius nei 1024 bitų raktus (RFC 8301). Paskelbkite 2048 bitų raktą.
live-dkim-testing = Selektoriaus { $selector } DKIM raktas pažymėtas kaip bandomasis (t=y): gavėjai su nepavykusiais parašais elgiasi taip, lyg laiškas būtų nepasirašytas.
live-dkim-ok = Selektoriaus { $selector } DKIM raktas paskelbtas ({ $key }).
live-ptr-ok = Adresas turi PTR (atvirkštinio DNS) įrašą { $names }.
live-ptr-none = Adresas { $address } neturi PTR (atvirkštinio DNS) įrašo. Daugelis gavėjų iš jo laiškų nepriima; įrašą nustato adreso savininkas (talpinimo ar debesijos paslaugų teikėjas).
live-skipped-no-ptr = Nepatikrinta: adresas neturi PTR įrašo.
live-fcrdns-ok = { $name } rodo atgal į šį adresą: PTR įrašas atitinka.
live-fcrdns-mismatch = { $name } rodo į { $addresses }, o ne į šį adresą: gavėjai laiko, kad PTR įrašo nėra. Ištaisykite šio vardo A įrašą arba PTR įrašą.
live-fcrdns-no-address = { $name } neturi savo adreso: gavėjai laiko, kad PTR įrašo nėra. Sukurkite šiam vardui A (arba AAAA) įrašą.
live-dnsbl-clean = Adreso sąraše { $zone } nėra.
live-dnsbl-sbl = Adresas įtrauktas į sąrašą { $zone } (Spamhaus SBL): iš jo siųstas šlamštas arba jis priklauso šlamšto siuntėjams.
live-dnsbl-css = Adresas įtrauktas į sąrašą { $zone } (Spamhaus CSS): iš jo siųsti prastos reputacijos laiškai, dažnai per nulaužtą skriptą ar formą.
live-dnsbl-xbl = Adresas įtrauktas į sąrašą { $zone } (Spamhaus XBL): matyti kenkėjiškos programos ar nulaužto įrenginio požymių.
live-dnsbl-drop = Adresas įtrauktas į sąrašą { $zone } (Spamhaus DROP): visas tinklas įtrauktas kaip užgrobtas arba valdomas nusikaltėlių.
live-dnsbl-pbl = Adresas įtrauktas į sąrašą { $zone } (Spamhaus PBL): iš šio adreso neturėtų būti siunčiama tiesiogiai. Siųskite per paslaugų teikėjo SMTP serverį arba paprašykite adreso savininko išbraukti jį iš PBL.
live-dnsbl-listed = Adresas įtrauktas į sąrašą { $zone } (atsakymas { $answer }). Sąrašo paieškos puslapyje nurodyta priežastis ir kaip paprašyti išbraukti adresą.
live-dnsbl-typo = Sąrašas { $zone } atsakė, kad užklausa netinkamo formato (127.255.255.252). Tai ne įtraukimas į sąrašą: patikrinkite zonos pavadinimą.
live-dnsbl-public-resolver = Sąrašas { $zone } atmetė užklausą, nes ji atėjo per viešąjį ar atvirąjį DNS serverį (127.255.255.254). Tai ne įtraukimas į sąrašą: kreipkitės per savo DNS serverį parinktimi --resolver.
live-dnsbl-too-many = Sąrašas { $zone } atmetė užklausą, nes DNS serveris kreipėsi per dažnai (127.255.255.255). Tai ne įtraukimas į sąrašą: kreipkitės per savo DNS serverį.
live-dnsbl-odd = Zona { $zone } atsakė { $answer }, o tai ne juodojo sąrašo atsakymas: ši zona nėra juodasis sąrašas arba DNS serveris perrašo atsakymus.
live-host-unknown = Vardo { $host } DNS sistemoje nėra: patikrinkite serverio vardą.
live-port-closed = Serverio { $host } { $port } prievadas uždarytas: ryšys atmestas. Šiame prievade paslauga neveikia arba ryšį atmeta ugniasienė.
live-port-filtered = Serverio { $host } { $port } prievadas neatsakė per { $seconds } s: ryšį blokuoja ugniasienė. Namų ir mobiliojo ryšio tinklai bei debesijos serveriai dažnai blokuoja siunčiamąjį 25 prievadą.
live-unreachable = Serveris { $host } nepasiekiamas ({ $error }).
live-no-greeting = Prievadas priima ryšį, bet serveris per { $seconds } s nieko neatsiunčia: ryšį gali sulaikyti antivirusinė programa ar ugniasienė.
live-no-reply = Serveris nustojo atsakinėti ({ $seconds } s be atsakymo).
live-server-closed = Serveris nutraukė ryšį.
live-server-refuses = Serveris atmeta ryšį: { $reply }
live-bad-greeting = Prievadas atsako, bet ne kaip tokio tipo pašto serveris: { $line }
live-server-ok = Serveris atsako: { $greeting }
live-skipped-no-connection = Nepatikrinta: nėra ryšio su serveriu.
live-skipped-no-greeting = Nepatikrinta: serveris nepasisveikino.
live-skipped-no-tls = Nepatikrinta: nėra TLS ryšio.
live-starttls-missing = Serveris nesiūlo STARTTLS: slaptažodžiai ir laiškai tinklu keliautų nešifruoti, o pašto programos, nustatytos naudoti STARTTLS, negali prisijungti.
live-starttls-refused = Serveris siūlo STARTTLS, bet jį atmeta: { $reply }
live-starttls-ok = STARTTLS veikia ({ $version }).
live-tls-handshake = Nepavyko užmegzti TLS ryšio ({ $error }). Dažnai taip nutinka dėl paštą tikrinančios antivirusinės programos arba netinkamo prievado.
live-tls-ok = Sertifikatas skirtas { $names } ir galioja iki { $date }.
live-tls-expiring =
    Sertifikato galiojimas baigiasi { $date }, t. y. po { $days } { $days ->
        [one] dienos
        [few] dienų
        [many] dienos
       *[other] dienų
    }: atnaujinkite jį, kol pašto programos dar nepradėjo jo atmesti.
live-tls-expired = Sertifikato galiojimas baigėsi { $date }: pašto programos įspėja arba atsisako jungtis. Atnaujinkite sertifikatą.
live-tls-not-yet = Sertifikatas dar negalioja: neteisingai nustatytas serverio arba šio kompiuterio laikrodis.
live-tls-name = Sertifikatas skirtas { $names }, o ne { $host }: pašto programos įspėja arba atsisako jungtis. Naudokite sertifikate nurodytą serverio vardą.
live-tls-untrusted = Sertifikato nepasirašė sertifikavimo įstaiga, kuria pasitiki šis kompiuteris: jis pasirašytas pats sau (self-signed) arba serveris nesiunčia tarpinio sertifikato.
live-tls-other = Sertifikatas negalioja ({ $error }).
live-auth-none = Serveris nesiūlo prisijungimo (AUTH) net per TLS: pašto programa prie jo prisijungti negali.
live-auth-before-tls = Serveris siūlo prisijungimą ({ $mechanisms }) dar prieš įjungiant TLS: pašto programa, nustatyta be šifravimo, slaptažodį išsiųstų atviru tekstu.
live-auth-ok = Per TLS serveris siūlo prisijungimą šiais būdais: { $mechanisms }.
live-offline = Nepatikrinta: parinktis --offline išjungia tiesiogines patikras.
# mailwiz check: a target that is no domain, address, IP address or server URL.
ui-error-bad-target = „{ $target }“ nėra nei domenas, nei el. pašto adresas, nei IP adresas, nei serverio adresas, pavyzdžiui, submission://mail.example.com.
ui-error-bad-port = Adrese „{ $target }“ nurodytas prievadas nėra skaičius nuo 1 iki 65535.
ui-error-bad-scheme = Serverių „{ $scheme }://“ mailwiz netikrina. Naudokite smtp, submission, smtps, imap, imaps, pop3 arba pop3s.
ui-error-bad-resolver = „{ $resolver }“ nėra DNS serverio adresas: nurodykite IP adresą, o jei prievadas ne 53 – ir prievadą (127.0.0.1:5353, [2001:db8::53]:53).
ui-error-restricted-checks = Ribotoje veiksenoje tiesiogines patikras išjungia administratoriaus profilis.
ui-error-restricted-resolver = Ribotoje veiksenoje patikros kreipiasi tik į sistemos DNS serverius; parinkties --resolver naudoti negalima.
ui-error-restricted-target = Ribotoje veiksenoje galima tikrinti tik domeną { $domain } ir jame esančius vardus, o ne „{ $target }“.
ui-error-restricted-no-domain = Ribotoje veiksenoje patikros apribotos paties paskyros domenu, bet jis nenustatytas: paskyrai MAILWIZ_DOMAIN nustato administratorius.
live-skipped-dns-failed = Nepatikrinta: nepavyko DNS užklausa, nuo kurios ši patikra priklauso.
# The wizard's check screen: its live checks are running for the target (a domain or an IP address).
live-looking = Tikrinamas { $target }…
# The live checks answered the question on the screen: { $answer } is Yes or No.
live-proposal = Patikrintas { $target }: { $answer }
# The live checks ran but do not answer the question (a lookup failed, or a check could not run).
live-no-proposal = Patikrintas { $target }, tačiau toliau pateikti patikros rezultatai į klausimą neatsako, todėl atsakykite į jį patys.
live-cancel = Esc grąžina atgal ir nutraukia patikrą; žemiau esantys klavišai leidžia atsakyti nelaukiant.
# Beside a question about a mail program's settings: what the provider's server answers when mailwiz connects to it from here.
live-evidence = { $target }, patikrinus iš čia:
# On a check that can look something up, when nothing given so far named it (d opens the field).
live-ask-domain = Domenas dar nenurodytas: paspauskite d, įveskite jį, ir mailwiz jį patikrins pats.
live-ask-recipient = Gavėjo domenas dar nenurodytas: paspauskite d, įveskite jį, ir mailwiz jį patikrins pats.
live-ask-ip = Serverio IP adresas dar nenurodytas: paspauskite d, įveskite jį, ir mailwiz jį patikrins pats.
# The field where it is typed.
ui-target-prompt-domain = Įveskite domeną (arba el. pašto adresą jame) ir paspauskite Enter:
ui-target-prompt-recipient = Įveskite gavėjo domeną (arba gavėjo el. pašto adresą) ir paspauskite Enter:
ui-target-prompt-ip = Įveskite serverio IP adresą (IPv4 arba IPv6) ir paspauskite Enter:
ui-target-prompt-dkim-selector = Įveskite DKIM selektorių (antraštės DKIM-Signature reikšmę s=) ir paspauskite Enter:
live-ask-dkim-selector = Paspauskite d ir įveskite tikrinamą DKIM selektorių: tai iš šio domeno išsiųsto laiško antraštės DKIM-Signature reikšmė s=.
ui-target-invalid = „{ $input }“ čia patikrinti negalima. Patikrinkite rašybą ir bandykite dar kartą arba paspauskite Esc.
help-target = įvesti tikrinamą domeną, IP adresą arba DKIM selektorių
help-target-take = patikrinti
# The summary's section with the findings of the live checks.
ui-summary-checked = Tiesioginių patikrų rezultatai

## Issue 15: the mail log (mailwiz logs and the wizard's log screen)

logs-heading = Pašto žurnalas: { $files }
logs-totals = { $lines ->
        [one] { $lines } eilutė
        [few] { $lines } eilutės
        [many] { $lines } eilutės
       *[other] { $lines } eilučių
    }, { $messages ->
        [one] { $messages } laiškas
        [few] { $messages } laiškai
        [many] { $messages } laiško
       *[other] { $messages } laiškų
    }, nuo { $first } iki { $last }
logs-counts = Išsiųsta { $sent } · atidėta { $deferred } · grąžinta { $bounced } · baigėsi galiojimas { $expired } · atmesta gaunant { $rejected }
logs-nothing = Žurnale nėra pristatymų, atitinkančių nurodytą laiką ir adresą.
logs-groups = Nepavykę pristatymai pagal priežastį
# One group of failures with the same diagnosis; { $delivery } is one of logs-deferred … logs-rejected.
logs-group = { $delivery }: { $count ->
        [one] { $count } kartą
        [few] { $count } kartus
        [many] { $count } karto
       *[other] { $count } kartų
    }, { $recipients ->
        [one] { $recipients } gavėjas
        [few] { $recipients } gavėjai
        [many] { $recipients } gavėjo
       *[other] { $recipients } gavėjų
    } iš { $domains ->
        [one] { $domains } domeno
        [few] { $domains } domenų
        [many] { $domains } domeno
       *[other] { $domains } domenų
    }, nuo { $first } iki { $last }
logs-sent = Išsiųsta
logs-deferred = Atidėta (bus bandoma vėliau)
logs-bounced = Grąžinta
logs-expired = Baigėsi galiojimas eilėje
logs-rejected = Atmesta gaunant
logs-example = Pavyzdys
logs-domains = Gavėjų domenai
logs-domain = { $domain }: { $total ->
        [one] { $total } pristatymo bandymas
        [few] { $total } pristatymo bandymai
        [many] { $total } pristatymo bandymo
       *[other] { $total } pristatymo bandymų
    }, iš jų { $failed ->
        [one] { $failed } nepavykęs
        [few] { $failed } nepavykę
        [many] { $failed } nepavykusio
       *[other] { $failed } nepavykusių
    }
ui-error-log-file = Nepavyko perskaityti pašto žurnalo { $file }: { $reason }
ui-error-no-log = Pašto žurnalas nerastas (ieškota: { $files }). Nurodykite failą arba perduokite systemd žurnalą į standartinę įvestį: journalctl -u postfix -o json | mailwiz logs -
ui-error-bad-time = „{ $time }“ nėra laikas: nurodykite 2026-11-30, "2026-11-30 14:00" arba laikotarpį atgal, pavyzdžiui, 24h ar 7d.
ui-error-restricted-log = Ribotoje veiksenoje pašto žurnalas skaitomas tik tada, kai tai leidžia administratoriaus profilis, o kiti failai neskaitomi.
# On the mail log steps of scenarios 5 and 6 (r opens the log's screen).
live-ask-log = Paspauskite r, ir mailwiz perskaitys pašto žurnalą ({ $path }): suskaičiuos pristatymo bandymus ir sugrupuos nesėkmes pagal priežastį.
ui-log-reading = Skaitomas pašto žurnalas…
ui-log-cancel = Esc nutraukia skaitymą ir grąžina atgal.
ui-log-open = ↑↓ pasirinkite priežastį; Enter ją paaiškina ir nuveda į žingsnį, kuriame ji šalinama.
# A check answered by what the mail log says; { $answer } is Yes or No.
ui-observed-log = Pagal pašto žurnalą: { $answer }
help-read-log = skaityti pašto žurnalą

## Issue 16: commands sent over SSH to restricted mode

ui-error-ssh-syntax = Per SSH atsiųstoje komandoje yra „{ $character }“, o tai čia neleidžiama: nurodykite tik komandą ir jos argumentus, be apvalkalo sintaksės.
ui-error-ssh-quote = Per SSH atsiųstoje komandoje neuždarytos kabutės.
ui-error-ssh-command = Komandos „{ $command }“ čia per SSH paleisti negalima. Leidžiamos: explain, codes, search, check ir help; be komandos paleidžiamas vedlys.
ui-error-ssh-option = Parinktis { $option } čia per SSH neleidžiama.
ui-profile-embedded = Galioja įtaisytasis profilis: nenurodyta --profile ir nėra nei ~/.config/mailwiz/profile.toml, nei /etc/mailwiz/profile.toml.
ui-profile-given = Galioja profilis { $file }, nurodytas parinktimi --profile.
ui-profile-user = Galioja profilis { $file }, paties naudotojo.
ui-profile-system = Galioja profilis { $file }, nustatytas administratoriaus.
ui-profile-check-ok = { $file }: problemų nerasta.

## The command line's help and its mistakes, in clap's structure: "error: ...", tips, the usage
## line, and where to read more. Quoted names are what the user typed or the option as help shows
## it ("--timeout <SECONDS>").

ui-usage-error = klaida: { $message }
ui-usage-heading = Naudojimas:
ui-usage-options = [PARINKTYS]
ui-usage-more = Daugiau informacijos gausite paleidę su „{ $flag }“.
ui-usage-tip = patarimas: { $tip }
ui-usage-quoted = „{ $text }“
ui-usage-unknown-argument = nenumatytas argumentas „{ $arg }“
ui-usage-unknown-command = nežinoma komanda „{ $command }“
ui-usage-invalid-value = netinkama „{ $arg }“ reikšmė „{ $value }“
ui-usage-missing-value = nenurodyta „{ $arg }“ reikšmė
ui-usage-possible-values = [galimos reikšmės: { $values }]
ui-usage-missing-required = nenurodyti šie privalomi argumentai:
ui-usage-repeated = „{ $arg }“ negalima nurodyti kelis kartus
ui-usage-conflict = „{ $arg }“ negalima naudoti kartu su „{ $other }“
ui-usage-conflict-list = „{ $arg }“ negalima naudoti kartu su:
ui-usage-too-many-values = nenumatyta „{ $arg }“ reikšmė „{ $value }“: daugiau reikšmių nereikia
ui-usage-value-count =
    { $expected ->
        [one] „{ $arg }“ reikia { $expected } reikšmės, o nurodyta { $given }
        [few] „{ $arg }“ reikia { $expected } reikšmių, o nurodyta { $given }
        [many] „{ $arg }“ reikia { $expected } reikšmės, o nurodyta { $given }
       *[other] „{ $arg }“ reikia { $expected } reikšmių, o nurodyta { $given }
    }
ui-usage-no-equals = „{ $arg }“ reikšmė turi būti nurodyta po lygybės ženklo (=)
ui-usage-invalid-utf8 = viename ar keliuose argumentuose yra netinkamų UTF-8 simbolių
ui-usage-unreadable = nepavyko perskaityti komandinės eilutės
ui-usage-similar-command =
    { $count ->
        [one] yra panaši komanda: { $names }
        [few] yra panašių komandų: { $names }
        [many] yra panašių komandų: { $names }
       *[other] yra panašių komandų: { $names }
    }
ui-usage-similar-option =
    { $count ->
        [one] yra panaši parinktis: { $names }
        [few] yra panašių parinkčių: { $names }
        [many] yra panašių parinkčių: { $names }
       *[other] yra panašių parinkčių: { $names }
    }
ui-usage-similar-value =
    { $count ->
        [one] yra panaši reikšmė: { $names }
        [few] yra panašių reikšmių: { $names }
        [many] yra panašių reikšmių: { $names }
       *[other] yra panašių reikšmių: { $names }
    }
ui-usage-as-value = norėdami perduoti „{ $arg }“ kaip reikšmę, naudokite „{ $usage }“
ui-usage-in-command = yra „{ $usage }“
ui-usage-remove-dashes = komanda „{ $command }“ yra; norėdami ją paleisti, pašalinkite prieš ją esantį „--“
ui-usage-default = numatytoji
ui-usage-possible = galimos reikšmės
ui-help-heading-commands = Komandos
ui-help-heading-arguments = Argumentai
ui-help-heading-options = Parinktys
ui-version = { $version } (žinių bazės revizija { $revision })
