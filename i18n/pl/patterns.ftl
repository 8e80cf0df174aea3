### Well-known rejection texts (Polish).
### Jedno podsumowanie (w jednym wierszu) i jedno działanie dla każdego wzorca z assets/patterns.toml, w tej samej kolejności.

## Gmail (Google)

code-pattern-gmail-unauthenticated-summary = Gmail: wiadomość nie przeszła weryfikacji nadawcy (SPF i DKIM)
code-pattern-gmail-unauthenticated-action = Gmail przyjmuje tylko pocztę, która przechodzi weryfikację SPF lub DKIM dla domeny nadawcy. Administrator tej domeny musi dopisać serwer wysyłający do jej rekordu SPF lub włączyć podpisywanie DKIM. Z programu pocztowego wysyłaj przez serwer poczty wychodzącej swojego dostawcy.

code-pattern-gmail-spf-summary = Gmail: rekord SPF domeny nie zezwala na wysyłkę z tego serwera
code-pattern-gmail-spf-action = Rekord SPF domeny, czyli wpis DNS z listą serwerów, które mogą wysyłać w jej imieniu, nie obejmuje serwera, który wysłał tę wiadomość. Dopisz ten serwer do rekordu albo wysyłaj przez serwer, który już na nim jest.
code-pattern-gmail-dkim-summary = Gmail: wiadomość nie ma prawidłowego podpisu DKIM
code-pattern-gmail-dkim-action = Gmail wymaga od nadawców masowych poprawnego podpisu DKIM. Administrator serwera wysyłającego musi podpisywać wychodzącą pocztę kluczem DKIM domeny nadawcy i opublikować ten klucz w DNS domeny.
code-pattern-gmail-tls-summary = Gmail: wiadomość nie została wysłana połączeniem szyfrowanym (TLS)
code-pattern-gmail-tls-action = Gmail ogranicza lub odrzuca pocztę, która przychodzi bez TLS. Administrator serwera wysyłającego musi włączyć TLS (STARTTLS) dla połączeń wychodzących; gdy to zadziała, wiadomość zostanie wysłana ponownie automatycznie.

code-pattern-gmail-ptr-summary = Gmail: adres IP serwera wysyłającego nie ma pasującego rekordu PTR
code-pattern-gmail-ptr-action = Gmail odrzuca pocztę z adresów IP bez odwrotnego DNS. Administrator serwera wysyłającego musi ustawić dla jego adresu IP rekord PTR z nazwą serwera, a ta nazwa musi wskazywać z powrotem na ten sam adres.

code-pattern-gmail-rate-limited-summary = Gmail: za dużo niechcianej poczty od tego nadawcy, więc przyjmuje ją wolniej
code-pattern-gmail-rate-limited-action = Gmail na razie przyjmuje mniej wiadomości, bo wiele ostatnich z tego serwera lub domeny wyglądało na spam. Wstrzymaj masowe wysyłki, sprawdź, czy na serwerze nie ma zhakowanych kont lub skryptów, i wysyłaj pocztę tylko do osób, które się na to zgodziły.

code-pattern-gmail-likely-unsolicited-summary = Gmail: wiadomość wygląda na spam i została odrzucona
code-pattern-gmail-likely-unsolicited-action = Gmail uznał, że wiadomość, jej linki lub reputacja serwera wysyłającego wskazują na spam. Usuń wątpliwe linki i załączniki, upewnij się, że domena nadawcy przechodzi weryfikację SPF i DKIM, i sprawdź, czy adresu IP serwera nie ma na żadnej czarnej liście.

code-pattern-gmail-mailbox-full-summary = Gmail: w skrzynce odbiorcy skończyło się miejsce
code-pattern-gmail-mailbox-full-action = Odbiorca wykorzystał całe miejsce na swoim koncie Google, więc nowa poczta nie może do niego dotrzeć. Powiadom go w inny sposób, np. telefonicznie, żeby zwolnił miejsce lub dokupił więcej, a potem wyślij wiadomość ponownie.

code-pattern-gmail-no-such-user-summary = Gmail: adres, na który wysłano wiadomość, nie istnieje
code-pattern-gmail-no-such-user-action = Sprawdź, czy w adresie odbiorcy nie ma literówek ani zbędnych spacji, zwłaszcza w części przed @. Jeśli wygląda poprawnie, zapytaj odbiorcę inną drogą o jego aktualny adres.

code-pattern-gmail-bad-credentials-summary = Gmail: nie przyjęto nazwy użytkownika lub hasła
code-pattern-gmail-bad-credentials-action = Program pocztowy logował się do serwera Gmail błędnym lub nieaktualnym hasłem. Wpisz pełny adres i aktualne hasło; jeśli konto Google ma włączoną weryfikację dwuetapową, utwórz w nim hasło do aplikacji i użyj go zamiast zwykłego hasła.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-ip-not-accepted-summary = Microsoft: poczta z adresu IP serwera wysyłającego nie jest przyjmowana
code-pattern-microsoft-ip-not-accepted-action = Microsoft odrzuca pocztę z tego adresu IP z powodu jego złej reputacji, często po tym, jak wysłano przez niego spam. Administrator serwera wysyłającego musi usunąć przyczynę, np. zhakowane konto lub skrypt, a potem poprosić pomoc techniczną firmy Microsoft o zdjęcie blokady.

code-pattern-microsoft-banned-ip-summary = Microsoft: adres IP serwera wysyłającego jest na czarnej liście firmy Microsoft
code-pattern-microsoft-banned-ip-action = Administrator serwera wysyłającego musi najpierw usunąć przyczynę, np. zhakowane konto lub skrypt. Potem może poprosić o usunięcie adresu z listy na stronie firmy Microsoft sender.office.com, podając adres IP wymieniony w komunikacie.

code-pattern-microsoft-blocklist-summary = Outlook.com: sieć nadawcy jest na czarnej liście firmy Microsoft
code-pattern-microsoft-blocklist-action = Outlook.com i Hotmail blokują pocztę z sieci, z której przyszła wiadomość. Administrator serwera wysyłającego lub jego dostawca internetu musi dopilnować, aby z tej sieci nie wychodził spam, a potem poprosić pomoc techniczną firmy Microsoft dla nadawców o zdjęcie blokady.

code-pattern-microsoft-recipient-not-found-summary = Microsoft: u odbiorcy nie istnieje skrzynka o tym adresie
code-pattern-microsoft-recipient-not-found-action = Organizacja odbiorcy nie ma skrzynki o tym adresie. Sprawdź, czy nie ma w nim literówek; jeśli jest poprawny, zapytaj odbiorcę inną drogą, czy adres się nie zmienił. Jeśli to Twoja domena, sprawdź, czy skrzynka istnieje w Microsoft 365.

code-pattern-microsoft-client-not-authenticated-summary = Microsoft 365: program pocztowy próbował wysłać pocztę bez logowania
code-pattern-microsoft-client-not-authenticated-action = W programie pocztowym włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”, z pełnym adresem e-mail i jego hasłem. Czasem administrator Microsoft 365 musi też zezwolić tej skrzynce na logowanie SMTP (SMTP AUTH).

code-pattern-recipient-access-denied-summary = Access denied: serwer odbiorczy odrzucił pocztę dla tego adresu
code-pattern-recipient-access-denied-action = Serwer odbiorczy nie przyjmuje poczty dla tego adresu, często dlatego, że nie ma na nim takiej skrzynki albo rekordy MX domeny wskazują w złe miejsce. Sprawdź adres, a potem poproś odbiorcę, aby zlecił sprawdzenie konfiguracji poczty w swojej domenie.

## Yahoo i AOL

code-pattern-yahoo-deferred-summary = Yahoo: poczta z tego serwera jest opóźniana z powodu dużej liczby wiadomości lub skarg
code-pattern-yahoo-deferred-action = Yahoo wstrzymuje pocztę z tego adresu IP z powodu nagłego wzrostu liczby wiadomości lub zgłoszeń spamu. Serwer wysyłający sam ponowi próbę. Wysyłaj mniejsze partie, tylko do osób, które się na to zgodziły, i sprawdź, czy serwer nie jest wykorzystywany do nadużyć.

code-pattern-yahoo-policy-summary = Yahoo: wiadomość została odrzucona ze względu na zasady serwera
code-pattern-yahoo-policy-action = Yahoo odrzuciło wiadomość najczęściej dlatego, że domena nadawcy nie przeszła weryfikacji SPF, DKIM lub DMARC, albo dlatego, że treść wyglądała na spam. Administrator domeny powinien sprawdzić te rekordy DNS; potem wyślij wiadomość ponownie.

## Czarne listy

code-pattern-spamhaus-summary = Adres IP serwera wysyłającego jest na czarnej liście Spamhaus
code-pattern-spamhaus-action = Sprawdź adres IP na stronie Spamhaus, aby dowiedzieć się, dlaczego trafił na listę. Administrator serwera wysyłającego musi najpierw usunąć przyczynę, np. zhakowane konto lub skrypt, wirusa albo otwarty relay, a potem poprosić Spamhaus o usunięcie z listy.

code-pattern-spamcop-summary = Adres IP serwera wysyłającego jest na czarnej liście SpamCop
code-pattern-spamcop-action = SpamCop umieszcza na liście adresy, z których niedawno wysłano pocztę zgłoszoną przez odbiorców jako spam. Administrator serwera wysyłającego musi znaleźć i zatrzymać tę pocztę; wpis na liście po pewnym czasie sam wygaśnie.

code-pattern-barracuda-summary = Adres IP serwera wysyłającego jest na liście reputacyjnej Barracuda
code-pattern-barracuda-action = Sprawdź adres IP na stronie barracudacentral.org. Administrator serwera wysyłającego musi najpierw usunąć przyczynę spamu, a potem może poprosić o usunięcie z listy na tej samej stronie.

code-pattern-generic-blocklist-summary = Adres IP serwera wysyłającego jest na czarnej liście używanej przez odbiorcę
code-pattern-generic-blocklist-action = Odpowiedź serwera zwykle podaje nazwę listy. Sprawdź adres IP na stronie tej listy, aby dowiedzieć się, dlaczego się na niej znalazł; administrator serwera wysyłającego musi usunąć przyczynę, a potem poprosić operatora listy o usunięcie adresu.

## Kontrole serwera wysyłającego

code-pattern-greylisting-summary = Greylisting: serwer odbiorczy prosi, aby wysłać wiadomość ponownie później
code-pattern-greylisting-action = Zwykle nie trzeba nic robić. Serwer odbiorczy celowo odrzuca pierwszą próbę od nieznanego nadawcy; prawidłowo działający serwer wysyłający sam ponawia próbę i wiadomość dociera, zwykle w ciągu godziny.

code-pattern-no-reverse-dns-summary = Adres IP serwera wysyłającego nie ma poprawnego odwrotnego DNS (PTR)
code-pattern-no-reverse-dns-action = Serwer odbiorczy wymaga, aby adres IP nadawcy miał rekord PTR z nazwą serwera, a ta nazwa wskazywała z powrotem na ten sam adres. Administrator serwera wysyłającego musi go ustawić, zwykle w panelu klienta lub u właściciela adresu IP.

code-pattern-helo-rejected-summary = Serwer odbiorczy odrzucił nazwę, którą przedstawił się serwer wysyłający
code-pattern-helo-rejected-action = Serwer wysyłający przedstawia się (HELO) bez nazwy albo nazwą niepełną lub błędną. Ustaw w nim pełną nazwę serwera w takiej postaci, w jakiej jest zapisana w DNS, najlepiej tę samą co w rekordzie PTR jego adresu IP.

## Uwierzytelnianie domeny nadawcy

code-pattern-dmarc-fail-summary = DMARC: domena nadawcy żąda odrzucania niezweryfikowanej poczty
code-pattern-dmarc-fail-action = Domena z adresu w polu Od ma politykę DMARC, a ta wiadomość nie przeszła dla niej ani weryfikacji SPF, ani DKIM. Administrator domeny musi dopisać serwer wysyłający do rekordu SPF i włączyć podpisywanie DKIM. Z tego samego powodu może być odrzucana także poczta przekierowana z innego adresu.

code-pattern-spf-fail-summary = Weryfikacja SPF nieudana: ten serwer nie może wysyłać w imieniu domeny nadawcy
code-pattern-spf-fail-action = Rekord SPF domeny nadawcy nie obejmuje serwera, który wysłał wiadomość. Z programu pocztowego wysyłaj przez serwer poczty wychodzącej swojego dostawcy; w innym przypadku poproś osobę, która zarządza DNS domeny, o dopisanie serwera wysyłającego do rekordu.

code-pattern-dkim-fail-summary = Weryfikacja DKIM nieudana: podpis wiadomości jest nieprawidłowy lub go brak
code-pattern-dkim-fail-action = Serwer odbiorczy nie mógł zweryfikować podpisu DKIM wiadomości. Administrator domeny nadawcy powinien sprawdzić, czy podpisywanie DKIM jest włączone i czy klucz opublikowany w DNS się zgadza. Podpis przestaje być ważny także wtedy, gdy wiadomość zostanie zmieniona po drodze.

## Logowanie i adres nadawcy

code-pattern-auth-failed-summary = Logowanie nieudane: serwer nie przyjął nazwy użytkownika lub hasła
code-pattern-auth-failed-action = Sprawdź logowanie w programie pocztowym: pełny adres e-mail jako nazwa użytkownika i aktualne hasło. Jeśli nadal nie działa, ustaw nowe hasło w panelu klienta ({ $control-panel }) i wpisz je we wszystkich programach.

code-pattern-starttls-required-summary = Wymagane szyfrowanie: najpierw trzeba nawiązać szyfrowane połączenie
code-pattern-starttls-required-action = W programie pocztowym włącz szyfrowanie dla serwera poczty wychodzącej: STARTTLS na porcie 587 lub SSL/TLS na porcie 465. Potem spróbuj ponownie.

code-pattern-sender-login-mismatch-summary = Adres nadawcy nie należy do konta, na które się zalogowano
code-pattern-sender-login-mismatch-action = Serwer pozwala wysyłać tylko z adresów należących do konta, na które się logujesz. W programie pocztowym ustaw w polu Od ten sam adres, którym się logujesz, albo zaloguj się danymi skrzynki o tym adresie.

code-pattern-sender-address-rejected-summary = Serwer odbiorczy odrzucił adres nadawcy
code-pattern-sender-address-rejected-action = Adres nadawcy został odrzucony, często dlatego, że jego domena nie istnieje w DNS albo z tego adresu nie wolno tam wysyłać. Sprawdź adres w polu Od w programie pocztowym lub skrypcie oraz to, czy jego domena ma działające rekordy DNS.

## Przekazywanie poczty (relay)

code-pattern-relay-access-denied-summary = Relay access denied: serwer nie przyjmie poczty dla tego odbiorcy
code-pattern-relay-access-denied-action =
    Serwer, który odebrał wiadomość, nie obsługuje poczty dla adresu odbiorcy. Albo rekordy MX domeny
    kierują pocztę na niewłaściwy serwer, albo skrzynka na nim nie istnieje. Sprawdź adres, a potem
    rekordy MX domeny odbiorcy. Jeśli ten błąd zwrócił serwer SMTP Twojego dostawcy, najpierw włącz
    w programie logowanie do tego serwera.

code-pattern-relay-not-permitted-summary = Odmowa przekazania: serwer nie przekaże dalej Twojej wiadomości
code-pattern-relay-not-permitted-action = Serwer przekazuje pocztę dalej tylko zalogowanym użytkownikom. Włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”, z pełnym adresem e-mail i jego hasłem. Jeśli odpowiedź przyszła z serwera odbiorcy, sprawdź rekordy MX jego domeny.

## Limity i rozmiary

code-pattern-sending-limit-summary = Osiągnięto limit wysyłki: wysłano zbyt wiele wiadomości
code-pattern-sending-limit-action =
    Odczekaj przed ponowną wysyłką; limit sam się odnowi. Na serwerze Twojego dostawcy limity wynoszą
    { $hourly-account-limit } { $hourly-account-limit ->
        [one] wiadomość
        [few] wiadomości
       *[many] wiadomości
    } na godzinę z jednej skrzynki i { $daily-limit } dziennie dla skryptów. Duże wysyłki rozłóż w czasie.

code-pattern-too-many-recipients-summary = Zbyt wielu odbiorców w jednej wiadomości
code-pattern-too-many-recipients-action = Serwer przyjmuje tylko ograniczoną liczbę odbiorców jednej wiadomości. Podziel listę na mniejsze grupy i wyślij kilka wiadomości albo do dużych list użyj usługi mailingowej.

code-pattern-message-too-large-summary = Wiadomość jest większa, niż pozwala serwer odbiorcy
code-pattern-message-too-large-action = Zmniejsz wiadomość: duże pliki udostępnij jako link do pobrania albo je skompresuj. Załączniki podczas wysyłki rosną o mniej więcej jedną trzecią, więc zostaw zapas. Potem wyślij wiadomość ponownie.

## Skrzynka odbiorcy

code-pattern-mailbox-full-summary = Skrzynka odbiorcy jest pełna (przekroczony limit miejsca)
code-pattern-mailbox-full-action = Odbiorca musi usunąć wiadomości lub uzyskać więcej miejsca, zanim nowa poczta będzie mogła do niego dotrzeć. Powiadom go w inny sposób, a potem wyślij wiadomość ponownie. Jeśli to Twoja skrzynka, opróżnij kosz i duże foldery w webmailu.

code-pattern-mailbox-disabled-summary = Skrzynka odbiorcy jest wyłączona lub nieużywana
code-pattern-mailbox-disabled-action = Adres jest znany, ale nie przyjmuje poczty, często dlatego, że konto zamknięto albo długo go nie używano. Zapytaj odbiorcę inną drogą o działający adres.

code-pattern-user-unknown-summary = Nieznany odbiorca: nie istnieje skrzynka o tym adresie
code-pattern-user-unknown-action = Sprawdź, czy w adresie odbiorcy nie ma literówek, zwłaszcza w okolicy @ i w domenie. Jeśli jest poprawny, zapytaj odbiorcę inną drogą, czy ten adres nadal istnieje.
