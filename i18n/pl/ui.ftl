### Ekrany, etykiety, klawisze i komunikaty programu (Polish, polski).

## Ogólne

# The name of this language, written in the language itself.
ui-language-name = Polski
ui-step-of = krok { $n } z { $total }
ui-too-small =
    Okno jest za małe: mailwiz potrzebuje co najmniej { $min-width }×{ $min-height } znaków, a ma
    { $width }×{ $height }. Powiększ okno albo naciśnij q, aby wyjść.

## Odpowiedzi i ekrany kreatora

# Klawisze odpowiedzi to pierwsze litery polskich słów: t = Tak, n = Nie, w = nie Wiem. Na ekranie
# widać pierwszą literę każdej wartości; pozostałe (y, u) też działają. Żadna nie może być klawiszem
# innego polecenia na ekranie pytania (s, x, q, c, L, /, ?).
ui-key-yes = t y
ui-key-no = n
ui-key-unsure = w u
ui-answer-yes = Tak
ui-answer-no = Nie
ui-answer-unsure = Nie wiem
ui-advice-heading = Co zrobić
ui-unsure-heading = Jak to sprawdzić
ui-go-on-or-stop = Enter: dalej · x: zakończ tutaj i pokaż podsumowanie
ui-resolved = Rozwiązane.
ui-end-of-scenario = Koniec scenariusza. Naciśnij s, by zobaczyć podsumowanie, lub Esc, by wrócić.
ui-input-hint = Wpisz lub wklej, a potem naciśnij Enter.
ui-search-no-match = Nic w katalogu nie pasuje. Naciśnij Enter, aby potraktować tekst jako wiersz odpowiedzi serwera.
ui-code-not-recognised = „{ $input }” to nie kod odpowiedzi. Wpisz np. 550, 4.2.2 lub wiersz błędu ze zwrotki.
ui-code-go-to-step = Otwórz krok „{ $step }” ({ $scenario })
ui-code-continue = Kontynuuj scenariusz

## Etykiety wyjaśnienia (ekran i wiersz poleceń)

ui-label-input = Wpisano
ui-label-code = Kod
ui-label-enhanced = Kod rozszerzony
ui-label-class = Klasa
ui-label-category = Dotyczy
ui-label-who = Kto ma działać
ui-label-causes = Typowe przyczyny
ui-label-action = Co zrobić
ui-label-step = Krok kreatora
ui-label-recipient = Odbiorca
ui-label-reason = Przyczyna
ui-label-server = Serwer
ui-label-diagnostic = Odpowiedź serwera
ui-not-in-catalogue = brak w katalogu: wyjaśnienie na podstawie cyfr
ui-no-basic-code = brak podstawowego kodu odpowiedzi: wyjaśnienie na podstawie kodu rozszerzonego
ui-more-below = ▼ dalej: PgDn
ui-picker-screen = Język ekranu
ui-picker-caller = Język rozmówcy
ui-picker-same = taki sam jak ekranu
ui-caller-language = rozmówca: { $language }
ui-observed = Według podanej odpowiedzi serwera: { $answer }
ui-observed-take = Enter przyjmuje tę odpowiedź; klawisze poniżej pozwalają odpowiedzieć inaczej.
ui-step-in-scenario = „{ $step }” ({ $scenario })
ui-enhanced-only-summary = Rozszerzony kod statusu { $enhanced } ({ $class }): problem dotyczy { $subject }.

## Czego dotyczy rozszerzony kod statusu (jego druga liczba, RFC 3463); w dopełniaczu, po „dotyczy”

ui-subject-0 = nieokreślonej kwestii
ui-subject-1 = adresu
ui-subject-2 = skrzynki pocztowej
ui-subject-3 = systemu pocztowego
ui-subject-4 = sieci lub routingu
ui-subject-5 = protokołu doręczania poczty
ui-subject-6 = treści lub formatu wiadomości
ui-subject-7 = bezpieczeństwa lub zasad

## Lista kodów

ui-codes-heading = Kody odpowiedzi SMTP: { $count }
ui-codes-class-heading = { $class } ({ $digit }xx)
ui-enhanced-heading = Rozszerzone kody statusu: { $count } (X to 2 dla sukcesu, 4 dla błędu tymczasowego, 5 dla trwałego)
ui-recipients-failed = { $count ->
    [one] Nie doręczono do jednego odbiorcy.
    [few] Nie doręczono do { $count } odbiorców.
    [many] Nie doręczono do { $count } odbiorców.
   *[other] Nie doręczono do { $count } odbiorcy.
}
ui-no-recipient = Wiadomość nie wskazuje odbiorcy, do którego nie doręczono poczty; jej treść jest wyjaśniona jako jedna odpowiedź serwera.

## Podsumowanie

ui-summary-title = Podsumowanie
ui-summary-heading = Podsumowanie sesji mailwiz
ui-summary-gather = Przed kontaktem z pomocą techniczną przygotuj
ui-summary-nothing = na razie nic

## Błędy

ui-error-empty-input = Nie ma czego wyjaśniać: podaj kod odpowiedzi, kod rozszerzony lub wiersz ze zwrotki.
ui-error-not-a-code =
    „{ $input }” to nie jest kod odpowiedzi SMTP. Podaj kod od 200 do 599 (np. 550), kod rozszerzony
    (np. 5.1.1) lub cały wiersz odpowiedzi.
ui-error-unknown-language = Nieobsługiwany język „{ $lang }”. Dostępne języki: { $supported }.
ui-error-profile = Nie można użyć profilu { $file }: wiersz { $line }: { $reason }
ui-error-profile-unreadable = Nie można odczytać profilu { $file }: { $reason }
ui-error-profile-invalid = Nie można użyć profilu { $file }: { $reason }
ui-error-summary-write = Nie udało się zapisać podsumowania w pliku { $file }: { $reason }
ui-error-restricted-profile = W trybie ograniczonym nie można podać --profile. Program czyta tylko profil administratora, { $path }, a gdy tego pliku nie ma, korzysta z profilu wbudowanego.
ui-error-restricted-summary = W trybie ograniczonym podsumowanie można wypisać tylko na standardowe wyjście: zamiast nazwy pliku podaj --summary -.
ui-error-restricted-file = W trybie ograniczonym nie można czytać plików: wklej zwrotkę albo przekaż ją na standardowe wejście poleceniem explain -.
ui-error-not-a-terminal = Kreator wymaga terminala. Aby wyjaśnić kod bez niego, użyj: mailwiz explain 550
ui-error-terminal = Terminal przestał działać: { $reason }
ui-error-dumb-terminal = Kreator wymaga terminala, który potrafi rysować cały ekran, a TERM („{ $term }”) wskazuje, że ten tego nie potrafi. Aby wyjaśnić kod bez kreatora, użyj: mailwiz explain 550
ui-error-summary-exists = Plik { $file } już istnieje, a podsumowanie nigdy nie zastępuje istniejącego pliku. Podaj nową nazwę pliku albo --summary -, aby wypisać je na standardowe wyjście.
ui-error-output = Nie udało się zapisać wyniku: { $reason }
ui-error-stdin = Nie udało się odczytać standardowego wejścia: { $reason }
ui-error-message-file = Nie można odczytać pliku { $file }: { $reason }

## Klawisze: co robi każdy z nich (stopka i okno pomocy)

help-title = Klawisze
help-close = q kończy pracę; każdy inny klawisz zamyka pomoc.
help-move = nawigacja
help-choose = wybierz
help-pick = wybór numerem
help-yes = tak
help-no = nie
help-unsure = nie wiem
help-scroll = przewijanie
help-page = strona w górę lub w dół
help-back = wstecz
help-lookup = sprawdź kod
help-language = język
help-caller-language = język rozmówcy
help-summary = podsumowanie
help-help = pomoc
help-quit = wyjdź
help-go-on = dalej
help-stop = zakończ, podsumowanie
help-copy = kopiuj do schowka
help-explain = wyjaśnij

## A summary for a ticket

ui-summary-started = Rozpoczęto
ui-summary-version = Wersja
ui-summary-profile = Profil
ui-summary-profile-embedded = wbudowany domyślny, { $provider }
ui-summary-profile-file = { $file }, { $provider }
ui-summary-caller = Język obsługi klienta
ui-summary-outcome = Wynik
ui-summary-outcome-solved = rozwiązane ({ $step })
ui-summary-outcome-escalate = nierozwiązane: przekaż sprawę pomocy technicznej ({ $step })
ui-summary-outcome-unfinished = niedokończone; jeśli problem się utrzyma, przekaż sprawę pomocy technicznej ({ $step })
ui-summary-outcome-open = niedokończone; nie rozpoczęto żadnego scenariusza
ui-summary-problems = Problemy, diagnozy i udzielone porady
ui-summary-problem = Problem
ui-summary-diagnosis = Diagnoza
ui-summary-advice = Udzielona porada
ui-summary-steps = Kroki i odpowiedzi
ui-summary-named-in-error = { $value } (podane w treści błędu)
ui-summary-copied = Podsumowanie wysłano do schowka terminala (OSC 52).
ui-summary-copy-help =
    Jeśli nic się nie wkleja, terminal ignoruje OSC 52. W tmux włączysz je poleceniem:
      tmux set -g set-clipboard on
    Możesz też uruchomić mailwiz z opcją --summary PLIK albo zaznaczyć tekst myszą.
ui-quit-title = Wyjście
ui-quit-question = Zakończyć pracę z mailwiz?
ui-quit-summary-file = Podsumowanie zostanie zapisane w pliku { $file }.
ui-quit-summary-stdout = Podsumowanie zostanie wypisane po przywróceniu terminala.
ui-quit-summary-nowhere = Podsumowanie jest tylko na ekranie. Aby je zachować, naciśnij Esc, potem s, by je wyświetlić, i c, by je skopiować.

## Issue 13, part 2: the lookup

# Ctrl-U in the lookup: empties the field.
help-clear = wyczyść pole
# mailwiz search found nothing for the words given.
ui-error-no-match = Nic nie pasuje do „{ $query }”. Spróbuj innych słów, kodu (np. 550) lub kodu rozszerzonego (np. 5.7.1).

## Issue 14: the live checks (mailwiz check and the wizard's evidence)

live-status-ok = OK
live-status-warn = ostrzeżenie
live-status-fail = problem
live-status-error = nie sprawdzono
live-status-skipped = pominięto
live-no-resolver = Nie udało się skonfigurować żadnego resolvera DNS ({ $error }). Podaj go opcją --resolver IP albo sprawdź plik /etc/resolv.conf.
live-dns-error = Zapytanie DNS nie powiodło się ({ $error }). Spróbuj ponownie albo zapytaj inny resolver, podając opcję --resolver IP.
live-skipped-no-domain = Nie sprawdzono: domena { $domain } nie istnieje.
live-mx-no-domain = Domena { $domain } nie istnieje w DNS: sprawdź pisownię nazwy i to, czy domena nie wygasła.
live-mx-implicit = Domena nie ma rekordów MX, więc nadawcy doręczają pocztę na adres samej domeny ({ $addresses }). Opublikuj rekordy MX wskazujące serwery pocztowe.
live-mx-no-mail = Domena nie ma rekordów MX ani adresu: żadna poczta nie może do niej dotrzeć.
live-mx-null = Domena publikuje pusty rekord MX (null MX, RFC 7505): oznacza to, że nie przyjmuje żadnej poczty.
live-mx-ok = Poczta dla domeny trafia do { $hosts }.
live-mx-unresolved = Żaden serwer pocztowy domeny nie ma adresu ({ $hosts }): poczty nie da się doręczyć. Dodaj dla nich rekordy A albo popraw rekordy MX.
live-mx-some-unresolved = Część serwerów pocztowych domeny nie ma adresu ({ $hosts }): nadawcy, którzy próbują ich najpierw, doręczają pocztę z opóźnieniem.
live-mx-provider-ok = Wszystkie rekordy MX wskazują na serwery pocztowe dostawcy { $provider }.
live-mx-provider-some = Część rekordów MX wskazuje na inne serwery niż serwery dostawcy { $provider }: { $hosts }. Poczta, która tam trafia, nie dociera do skrzynek u dostawcy { $provider }.
live-mx-provider-none = Rekordy MX wskazują na { $hosts }, a nie na serwery pocztowe dostawcy { $provider }: poczta przychodząca trafia tam.
live-skipped-no-spf = Nie sprawdzono: brak poprawnego rekordu SPF.
live-spf-none = Domena nie ma rekordu SPF: odbiorcy nie wiedzą, które serwery mogą wysyłać jej pocztę, a Gmail i Yahoo odrzucają taką pocztę albo oznaczają ją jako spam.
live-spf-many =
    Domena ma { $count } { $count ->
        [one] rekord
        [few] rekordy
       *[many] rekordów
    } SPF. W takim przypadku odbiorcy ignorują wszystkie (permerror): połącz je w jeden.
live-spf-syntax = Rekord SPF jest niepoprawny w miejscu „{ $term }”: odbiorcy go ignorują (permerror).
live-spf-void = Rekord SPF dołącza (include) { $name }, a ta nazwa nie ma rekordu SPF albo ma ich więcej niż jeden: odbiorcy traktują cały rekord jako błędny (permerror).
live-spf-included-syntax = Dołączony rekord SPF { $name } jest niepoprawny w miejscu „{ $term }”: odbiorcy traktują cały rekord SPF domeny jako błędny (permerror).
live-spf-too-many-lookups = Sprawdzenie rekordu SPF wymaga { $lookups } zapytań DNS, a dozwolonych jest tylko 10: odbiorcy traktują rekord jako błędny (permerror). Usuń mechanizmy include, które nie są już używane.
live-spf-pass-all = Rekord SPF kończy się na +all: pozwala każdemu serwerowi na świecie wysyłać pocztę w imieniu domeny. Zakończ go ~all albo -all.
live-spf-ok = Jeden poprawny rekord SPF, zakończony { $all }; jego sprawdzenie zużywa { $lookups } z 10 dozwolonych zapytań DNS.
live-spf-redirect = Jeden poprawny rekord SPF, który odsyła do rekordu { $name } (redirect=); jego sprawdzenie zużywa { $lookups } z 10 dozwolonych zapytań DNS.
live-spf-neutral = Rekord SPF kończy się na ?all albo nie ma mechanizmu all: nic nie mówi o innych serwerach, więc słabo chroni przed podrobioną pocztą. Zakończ go ~all albo -all.
live-spf-provider-ok = Rekord SPF dołącza { $include }, czyli serwery dostawcy { $provider }.
live-spf-provider-missing = Rekord SPF nie dołącza { $include }: poczta wysyłana przez serwery dostawcy { $provider } nie przechodzi weryfikacji SPF. Dodaj include:{ $include } przed końcowym all.
live-dmarc-none = Pod nazwą { $name } nie ma rekordu DMARC. Gmail, Yahoo i Outlook.com wymagają go od nadawców masowych; na początek opublikuj v=DMARC1; p=none.
live-dmarc-not-first = Rekord DMARC jest niepoprawny: musi zaczynać się od v=DMARC1 i średnika. Odbiorcy go ignorują.
live-dmarc-no-policy = Rekord DMARC nie określa polityki (p=none, quarantine lub reject): odbiorcy go ignorują.
live-dmarc-bad-tag = Wartość { $tag }= w rekordzie DMARC jest niepoprawna: odbiorcy ignorują ten znacznik i stosują jego wartość domyślną.
live-dmarc-monitor = Polityka DMARC domeny { $domain } to p=none: odbiorcy tylko wysyłają raporty, a poczta, która nie przechodzi weryfikacji, jest nadal doręczana.
live-dmarc-partial = Polityka DMARC p={ $policy } obejmuje tylko { $percent }% poczty, która nie przechodzi weryfikacji.
live-dmarc-ok = Polityka DMARC domeny { $domain } to p={ $policy } ({ $alignment }): odbiorcy stosują ją do poczty, która nie przechodzi weryfikacji.
live-dmarc-bad-policy = Wartość { $tag }= w rekordzie DMARC jest inna niż none, quarantine lub reject: odbiorcy nie stosują żadnej polityki DMARC.
live-dmarc-many =
    Opublikowano { $count } { $count ->
        [one] rekord
        [few] rekordy
       *[many] rekordów
    } DMARC: odbiorcy nie stosują wtedy żadnego. Zostaw tylko jeden.
live-dkim-no-selector = Nie sprawdzono: selektor DKIM jest nieznany. Podaj go opcją --dkim-selector; to wartość s= w nagłówku DKIM-Signature wysłanej wiadomości.
live-dkim-missing = Dla selektora { $selector } nie opublikowano klucza DKIM (pod nazwą { $name }): podpisów złożonych tym selektorem nie da się zweryfikować.
live-dkim-broken = Rekord klucza DKIM selektora { $selector } jest niepoprawny: podpisów złożonych tym selektorem nie da się zweryfikować.
live-dkim-revoked = Klucz DKIM selektora { $selector } jest pusty (p=): został unieważniony, a podpisy złożone tym selektorem nie przechodzą weryfikacji.
live-dkim-short = Klucz DKIM selektora { $selector } jest tylko { $bits }-bitowy: odbiorcy odrzucają klucze krótsze niż 1024 bity (RFC 8301). Opublikuj klucz 2048-bitowy.
live-dkim-testing = Klucz DKIM selektora { $selector } jest oznaczony jako testowy (t=y): odbiorcy traktują nieudane podpisy tak, jakby wiadomość nie była podpisana.
live-dkim-ok = Klucz DKIM selektora { $selector } jest opublikowany ({ $key }).
live-ptr-ok = Adres ma rekord PTR (odwrotny DNS) wskazujący na { $names }.
live-ptr-none = Adres { $address } nie ma rekordu PTR (odwrotny DNS). Wielu odbiorców odrzuca pocztę z tego adresu; rekord ustawia właściciel adresu (dostawca hostingu lub chmury).
live-skipped-no-ptr = Nie sprawdzono: adres nie ma rekordu PTR.
live-fcrdns-ok = { $name } wskazuje z powrotem na ten adres: rekord PTR się zgadza.
live-fcrdns-mismatch = { $name } wskazuje na { $addresses }, a nie na ten adres: odbiorcy traktują to tak, jakby rekordu PTR nie było. Popraw rekord A tej nazwy albo rekord PTR.
live-fcrdns-no-address = { $name } nie ma własnego adresu: odbiorcy traktują to tak, jakby rekordu PTR nie było. Dodaj dla tej nazwy rekord A (lub AAAA).
live-dnsbl-clean = Adresu nie ma na liście { $zone }.
live-dnsbl-sbl = Adres jest na liście { $zone } (Spamhaus SBL): wysyłano z niego spam albo należy do działalności spamerskiej.
live-dnsbl-css = Adres jest na liście { $zone } (Spamhaus CSS): wysyłano z niego pocztę o niskiej reputacji, często przez zhakowany skrypt lub formularz.
live-dnsbl-xbl = Adres jest na liście { $zone } (Spamhaus XBL): widać na nim oznaki złośliwego oprogramowania lub zhakowanego urządzenia.
live-dnsbl-drop = Adres jest na liście { $zone } (Spamhaus DROP): cała sieć jest na liście jako przejęta lub prowadzona przez przestępców.
live-dnsbl-pbl = Adres jest na liście { $zone } (Spamhaus PBL): nie jest przeznaczony do bezpośredniego wysyłania poczty. Wysyłaj przez serwer SMTP dostawcy albo poproś właściciela adresu o usunięcie go z PBL.
live-dnsbl-listed = Adres jest na liście { $zone } (odpowiedź { $answer }). Wyszukiwarka na stronie tej listy podaje przyczynę i sposób wystąpienia o usunięcie.
live-dnsbl-typo = Lista { $zone } odpowiedziała, że zapytanie było błędne (127.255.255.252). To nie jest wpis na liście: sprawdź nazwę strefy.
live-dnsbl-public-resolver = Lista { $zone } odrzuciła zapytanie, bo przyszło przez publiczny lub otwarty resolver (127.255.255.254). To nie jest wpis na liście: zapytaj przez własny resolver, podając opcję --resolver.
live-dnsbl-too-many = Lista { $zone } odrzuciła zapytanie, bo resolver odpytuje ją zbyt często (127.255.255.255). To nie jest wpis na liście: zapytaj przez własny resolver.
live-dnsbl-odd = Strefa { $zone } odpowiedziała { $answer }, a to nie jest odpowiedź czarnej listy: ta strefa nie jest czarną listą albo resolver podmienia odpowiedzi.
live-host-unknown = Nazwa { $host } nie istnieje w DNS: sprawdź nazwę serwera.
live-port-closed = Port { $port } na serwerze { $host } jest zamknięty: połączenie zostało odrzucone. Usługa nie działa na tym porcie albo połączenie odrzuca zapora sieciowa.
live-port-filtered = Port { $port } na serwerze { $host } nie odpowiedział w ciągu { $seconds } s: zapora sieciowa blokuje połączenie. Sieci domowe i komórkowe oraz serwery w chmurze często blokują wychodzący port 25.
live-unreachable = Serwer { $host } jest nieosiągalny ({ $error }).
live-no-greeting = Port przyjmuje połączenie, ale serwer nic nie wysyła przez { $seconds } s: połączenie może wstrzymywać antywirus albo zapora sieciowa.
live-no-reply = Serwer przestał odpowiadać (brak odpowiedzi przez { $seconds } s).
live-server-closed = Serwer zamknął połączenie.
live-server-refuses = Serwer odrzuca połączenie: { $reply }
live-bad-greeting = Port odpowiada, ale nie jak serwer pocztowy tego rodzaju: { $line }
live-server-ok = Serwer odpowiada: { $greeting }
live-skipped-no-connection = Nie sprawdzono: brak połączenia z serwerem.
live-skipped-no-greeting = Nie sprawdzono: serwer nie przesłał powitania.
live-skipped-no-tls = Nie sprawdzono: brak połączenia TLS.
live-starttls-missing = Serwer nie oferuje STARTTLS: hasła i wiadomości byłyby przesyłane przez sieć bez szyfrowania, a programy pocztowe ustawione na STARTTLS nie mogą się połączyć.
live-starttls-refused = Serwer oferuje STARTTLS, ale go odrzuca: { $reply }
live-starttls-ok = STARTTLS działa ({ $version }).
live-tls-handshake = Nie udało się nawiązać połączenia TLS ({ $error }). Często powoduje to antywirus skanujący pocztę albo niewłaściwy port.
live-tls-ok = Certyfikat jest ważny dla { $names } do { $date }.
live-tls-expiring =
    Certyfikat wygasa { $date }, czyli za { $days } { $days ->
        [one] dzień
        [few] dni
       *[many] dni
    }: odnów go, zanim programy pocztowe zaczną go odrzucać.
live-tls-expired = Certyfikat wygasł { $date }: programy pocztowe wyświetlają ostrzeżenie albo odmawiają połączenia. Odnów go.
live-tls-not-yet = Certyfikat nie jest jeszcze ważny: zegar serwera albo tego komputera jest źle ustawiony.
live-tls-name = Certyfikat jest wystawiony dla { $names }, a nie dla { $host }: programy pocztowe wyświetlają ostrzeżenie albo odmawiają połączenia. Użyj nazwy serwera, którą obejmuje certyfikat.
live-tls-untrusted = Certyfikat nie jest podpisany przez urząd certyfikacji, któremu ufa ten komputer: jest samopodpisany albo serwer nie wysyła certyfikatu pośredniego.
live-tls-other = Certyfikat jest nieprawidłowy ({ $error }).
live-auth-none = Serwer nie oferuje logowania (AUTH) nawet przez TLS: program pocztowy nie może się na nim zalogować.
live-auth-before-tls = Serwer oferuje logowanie ({ $mechanisms }) jeszcze przed włączeniem TLS: program pocztowy ustawiony bez szyfrowania wyśle hasło otwartym tekstem.
live-auth-ok = Przez TLS serwer oferuje logowanie metodami { $mechanisms }.
live-offline = Nie sprawdzono: opcja --offline wyłącza testy na żywo.
# mailwiz check: a target that is no domain, address, IP address or server URL.
ui-error-bad-target = „{ $target }” to nie domena, adres e-mail, adres IP ani serwer w postaci np. submission://mail.example.com.
ui-error-bad-port = Port w „{ $target }” nie jest liczbą od 1 do 65535.
ui-error-bad-scheme = mailwiz nie sprawdza serwerów typu „{ $scheme }://”. Użyj smtp, submission, smtps, imap, imaps, pop3 lub pop3s.
ui-error-bad-resolver = „{ $resolver }” to nie adres serwera DNS: podaj adres IP, a jeśli port jest inny niż 53, także port (127.0.0.1:5353, [2001:db8::53]:53).
ui-error-restricted-checks = Profil administratora wyłącza testy na żywo w trybie ograniczonym.
ui-error-restricted-resolver = W trybie ograniczonym program odpytuje tylko systemowe resolvery DNS; opcja --resolver jest niedozwolona.
ui-error-restricted-target = W trybie ograniczonym można sprawdzać tylko domenę { $domain } i nazwy w niej, a nie „{ $target }”.
ui-error-restricted-no-domain = W trybie ograniczonym testy obejmują tylko własną domenę konta, a żadna nie jest ustawiona: administrator ustawia ją dla konta w zmiennej MAILWIZ_DOMAIN.
live-skipped-dns-failed = Nie sprawdzono: nie powiodło się zapytanie DNS, od którego zależy ten test.
# The wizard's check screen: its live checks are running for the target (a domain or an IP address).
live-looking = Sprawdzanie { $target }…
# The live checks answered the question on the screen: { $answer } is Yes or No.
live-proposal = Sprawdzono { $target }: { $answer }
# The live checks ran but do not answer the question (a lookup failed, or a check could not run).
live-no-proposal = Sprawdzono { $target }; poniższe wyniki nie dają odpowiedzi na pytanie, więc odpowiedz na nie samodzielnie.
live-cancel = Esc cofa i przerywa sprawdzanie; klawisze poniżej pozwalają odpowiedzieć bez czekania.
# Beside a question about a mail program's settings: what the provider's server answers when mailwiz connects to it from here.
live-evidence = { $target } widziany stąd:
# On a check that can look something up, when nothing given so far named it (d opens the field).
live-ask-domain = Domena nie została jeszcze podana: naciśnij d, wpisz ją, a mailwiz sam ją sprawdzi.
live-ask-recipient = Domena odbiorcy nie została jeszcze podana: naciśnij d, wpisz ją, a mailwiz sam ją sprawdzi.
live-ask-ip = Adres IP serwera nie został jeszcze podany: naciśnij d, wpisz go, a mailwiz sam go sprawdzi.
# The field where it is typed.
ui-target-prompt-domain = Wpisz domenę (lub adres e-mail w tej domenie) i naciśnij Enter:
ui-target-prompt-recipient = Wpisz domenę odbiorcy (lub jego adres e-mail) i naciśnij Enter:
ui-target-prompt-ip = Wpisz adres IP serwera (IPv4 lub IPv6) i naciśnij Enter:
ui-target-prompt-dkim-selector = Wpisz selektor DKIM (wartość s= w nagłówku DKIM-Signature) i naciśnij Enter:
live-ask-dkim-selector = Naciśnij d i wpisz selektor DKIM do sprawdzenia: to wartość s= w nagłówku DKIM-Signature wiadomości wysłanej z tej domeny.
ui-target-invalid = „{ $input }” nie da się tu sprawdzić. Sprawdź pisownię i spróbuj ponownie albo naciśnij Esc.
help-target = wpisz domenę, adres IP lub selektor DKIM do sprawdzenia
help-target-take = sprawdź
# The summary's section with the findings of the live checks.
ui-summary-checked = Wyniki testów na żywo

## Issue 15: the mail log (mailwiz logs and the wizard's log screen)

logs-heading = Log poczty: { $files }
logs-totals = { $lines ->
        [one] { $lines } wiersz
        [few] { $lines } wiersze
        [many] { $lines } wierszy
       *[other] { $lines } wiersza
    }, { $messages ->
        [one] { $messages } wiadomość
        [few] { $messages } wiadomości
        [many] { $messages } wiadomości
       *[other] { $messages } wiadomości
    }, od { $first } do { $last }
logs-counts = Wysłane { $sent } · odroczone { $deferred } · zwrócone { $bounced } · wygasłe { $expired } · odrzucone przy przyjmowaniu { $rejected }
logs-nothing = W logu nie ma żadnych prób doręczenia z podanego okresu i dla podanego adresu.
logs-groups = Nieudane doręczenia według przyczyny
# One group of failures with the same diagnosis; { $delivery } is one of logs-deferred … logs-rejected.
logs-group = { $delivery }: { $count ->
        [one] raz
        [few] { $count } razy
        [many] { $count } razy
       *[other] { $count } razy
    }, { $recipients ->
        [one] { $recipients } odbiorca
        [few] { $recipients } odbiorców
        [many] { $recipients } odbiorców
       *[other] { $recipients } odbiorcy
    } w { $domains ->
        [one] { $domains } domenie
        [few] { $domains } domenach
        [many] { $domains } domenach
       *[other] { $domains } domeny
    }, od { $first } do { $last }
logs-sent = Wysłane
logs-deferred = Odroczone (ponowna próba później)
logs-bounced = Zwrócone
logs-expired = Wygasłe w kolejce
logs-rejected = Odrzucone przy przyjmowaniu
logs-example = Przykład
logs-domains = Domeny odbiorców
logs-domain = { $domain }: { $total ->
        [one] { $total } próba doręczenia
        [few] { $total } próby doręczenia
        [many] { $total } prób doręczenia
       *[other] { $total } próby doręczenia
    }, w tym { $failed ->
        [one] { $failed } nieudana
        [few] { $failed } nieudane
        [many] { $failed } nieudanych
       *[other] { $failed } nieudanej
    }
ui-error-log-file = Nie można odczytać logu poczty { $file }: { $reason }
ui-error-no-log = Nie znaleziono logu poczty (sprawdzono: { $files }). Podaj plik albo przekaż dziennik systemd na standardowe wejście: journalctl -u postfix -o json | mailwiz logs -
ui-error-bad-time = „{ $time }” to nie jest czas: podaj 2026-11-30, "2026-11-30 14:00" albo okres wstecz, np. 24h lub 7d.
ui-error-restricted-log = W trybie ograniczonym log poczty jest odczytywany tylko wtedy, gdy zezwala na to profil administratora; żadnych innych plików program nie czyta.
# On the mail log steps of scenarios 5 and 6 (r opens the log's screen).
live-ask-log = Naciśnij r, aby odczytać log poczty ({ $path }): mailwiz policzy próby doręczenia, a nieudane pogrupuje według przyczyny.
ui-log-reading = Odczytywanie logu poczty…
ui-log-cancel = Esc przerywa odczytywanie i wraca do poprzedniego ekranu.
ui-log-open = ↑↓ wybierz przyczynę; Enter ją wyjaśni i przeniesie do kroku, w którym można ją usunąć.
# A check answered by what the mail log says; { $answer } is Yes or No.
ui-observed-log = Według logu poczty: { $answer }
help-read-log = odczytaj log poczty

## Issue 16: commands sent over SSH to restricted mode

ui-error-ssh-syntax = Polecenie wysłane przez SSH zawiera „{ $character }”, co jest tu niedozwolone: podaj samo polecenie i jego argumenty, bez składni powłoki.
ui-error-ssh-quote = W poleceniu wysłanym przez SSH cudzysłów nie został zamknięty.
ui-error-ssh-command = Polecenia „{ $command }” nie można tu uruchomić przez SSH. Dozwolone są: explain, codes, search, check i help; bez polecenia uruchamia się kreator.
ui-error-ssh-option = Opcja { $option } jest tu niedozwolona przez SSH.
ui-profile-embedded = Obowiązuje wbudowany profil: nie podano --profile i nie istnieje ani ~/.config/mailwiz/profile.toml, ani /etc/mailwiz/profile.toml.
ui-profile-given = Obowiązuje profil { $file }, podany opcją --profile.
ui-profile-user = Obowiązuje profil { $file }, własny profil użytkownika.
ui-profile-system = Obowiązuje profil { $file }, ustawiony przez administratora.
ui-profile-check-ok = { $file }: nie znaleziono problemów.

## Pomoc wiersza poleceń i jego błędy w układzie clapa: „błąd: …”, wskazówki, wiersz użycia
## i informacja, gdzie przeczytać więcej. W cudzysłowie jest to, co wpisał użytkownik, albo opcja
## w postaci z pomocy („--timeout <SEKUNDY>”).

ui-usage-error = błąd: { $message }
ui-usage-heading = Użycie:
ui-usage-options = [OPCJE]
ui-usage-more = Aby uzyskać więcej informacji, użyj „{ $flag }”.
ui-usage-tip = wskazówka: { $tip }
ui-usage-quoted = „{ $text }”
ui-usage-unknown-argument = nieoczekiwany argument „{ $arg }”
ui-usage-unknown-command = nieznane polecenie „{ $command }”
ui-usage-invalid-value = nieprawidłowa wartość „{ $value }” dla „{ $arg }”
ui-usage-missing-value = „{ $arg }” wymaga wartości, ale nie podano żadnej
ui-usage-possible-values = [możliwe wartości: { $values }]
ui-usage-missing-required = nie podano wymaganych argumentów:
ui-usage-repeated = argumentu „{ $arg }” nie można podać więcej niż raz
ui-usage-conflict = argumentu „{ $arg }” nie można użyć razem z „{ $other }”
ui-usage-conflict-list = argumentu „{ $arg }” nie można użyć razem z:
ui-usage-too-many-values = nadmiarowa wartość „{ $value }” dla „{ $arg }”; więcej wartości nie oczekiwano
ui-usage-value-count =
    { $expected ->
        [one] „{ $arg }” wymaga jednej wartości, a podano { $given }
        [few] „{ $arg }” wymaga { $expected } wartości, a podano { $given }
        [many] „{ $arg }” wymaga { $expected } wartości, a podano { $given }
       *[other] „{ $arg }” wymaga { $expected } wartości, a podano { $given }
    }
ui-usage-no-equals = wartość dla „{ $arg }” trzeba podać po znaku równości
ui-usage-invalid-utf8 = co najmniej jeden argument nie jest poprawnym tekstem UTF-8
ui-usage-unreadable = nie udało się odczytać wiersza poleceń
ui-usage-similar-command =
    { $count ->
        [one] istnieje podobne polecenie: { $names }
        [few] istnieją podobne polecenia: { $names }
        [many] istnieją podobne polecenia: { $names }
       *[other] istnieją podobne polecenia: { $names }
    }
ui-usage-similar-option =
    { $count ->
        [one] istnieje podobna opcja: { $names }
        [few] istnieją podobne opcje: { $names }
        [many] istnieją podobne opcje: { $names }
       *[other] istnieją podobne opcje: { $names }
    }
ui-usage-similar-value =
    { $count ->
        [one] istnieje podobna wartość: { $names }
        [few] istnieją podobne wartości: { $names }
        [many] istnieją podobne wartości: { $names }
       *[other] istnieją podobne wartości: { $names }
    }
ui-usage-as-value = aby podać „{ $arg }” jako wartość, użyj „{ $usage }”
ui-usage-in-command = istnieje „{ $usage }”
ui-usage-remove-dashes = istnieje polecenie „{ $command }”; aby go użyć, usuń stojące przed nim „--”
ui-usage-default = domyślnie
ui-usage-possible = możliwe wartości
ui-help-heading-commands = Polecenia
ui-help-heading-arguments = Argumenty
ui-help-heading-options = Opcje
ui-version = { $version } (wersja bazy wiedzy { $revision })
