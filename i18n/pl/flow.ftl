### Wstępne sprawdzenie i siedem scenariuszy kreatora (Polish, polski).
### Dane dostawcy przychodzą jako zmienne z profilu: $provider, $daily-limit, $hourly-account-limit,
### $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server, $imap-server, $pop3-server,
### $mail-log, $php-sending, $spam-folder.

## Punkty wejścia

ui-start-title = Start
ui-start-text = Co chcesz zrobić?
ui-start-prechecks = Uruchom kontrolę wstępną (najlepiej, gdy nie wiesz, co nie działa)
ui-start-scenarios = Wiem, co nie działa: wybierz jeden z siedmiu problemów
ui-start-code = Mam kod błędu albo zwrotkę
ui-pick-title = Co nie działa
ui-pick-text = Który z opisów najlepiej pasuje do problemu?
ui-lookup-title = Sprawdź kod
ui-lookup-text = Wpisz kod odpowiedzi (np. 550 lub 5.1.1) albo wklej wiersz z błędem ze zwrotki.

## Wstępne sprawdzenie

check-name = Kontrola wstępna
check-service-title = Aktywna usługa i domena
check-service-text =
    Czy usługa poczty e-mail jest aktywna, razem z pakietem hostingowym, do którego należy, i czy sama
    domena jest nadal zarejestrowana i aktywna?
check-service-unsure =
    Zaloguj się do panelu klienta ({ $control-panel }). Widać tam datę wygaśnięcia pakietu i domeny;
    jeśli coś jest oznaczone jako wygasłe lub zawieszone, odpowiedz „nie”.
check-service-no =
    Skrzynki przestają działać, gdy tylko wygaśnie pakiet lub domena. Odnów w panelu klienta to, co
    wygasło; poczta zacznie znowu działać, gdy odnowienie zostanie zrealizowane.
check-webmail-title = Webmail działa
check-webmail-text =
    Otwórz webmail ({ $webmail }), wyślij wiadomość na własny adres i poczekaj, aż dotrze. Czy zadziałało
    i wysyłanie, i odbieranie?
check-webmail-unsure =
    Wiadomość wysłana w webmailu na własny adres sprawdza oba kierunki naraz. Jeśli w ogóle nie
    możesz się zalogować, odpowiedz „nie”.
check-webmail-yes =
    Skrzynka i serwery dostawcy działają. Błąd tkwi najpewniej w ustawieniach programu pocztowego,
    więc porównaj je ze scenariuszem, który pasuje do Twojego problemu.
check-login-title = Logowanie
check-login-text = Czy możesz zalogować się do webmaila, podając jako login pełny adres e-mail i swoje hasło?
check-login-unsure =
    Login to cały adres, np. anna@example.com, a nie samo „anna”. Spróbuj raz zalogować się w ten
    sposób do webmaila.
check-login-no =
    Wpisz cały adres, razem z częścią po @. Jeśli to nie pomoże, ustaw nowe hasło do skrzynki w panelu
    klienta ({ $control-panel }) i używaj go w webmailu oraz we wszystkich programach pocztowych.
check-maintenance-title = Prace serwisowe
check-maintenance-text =
    Czy na stronie statusu ({ $status-page }) nie ma prac serwisowych ani awarii, które dotyczą Twojej
    usługi?
check-maintenance-unsure =
    Otwórz stronę statusu i poszukaj swojej usługi lub nazwy swojego serwera wśród bieżących
    i planowanych prac.
check-maintenance-no =
    Trwające prace mogą opóźnić lub przerwać działanie poczty. Poczekaj, aż zostaną oznaczone jako
    zakończone, i spróbuj ponownie; wiadomości wstrzymane w ich trakcie są zwykle doręczane później.
check-mx-title = Rekordy MX
check-mx-text = Czy rekordy MX domeny wskazują na serwery pocztowe dostawcy ({ $provider })?
check-mx-unsure =
    Sprawdź rekordy MX domeny, np. poleceniem „dig MX example.com” lub
    „nslookup -type=mx example.com”, i porównaj je z tymi, które zaleca panel klienta.
check-mx-no =
    Poczta dla domeny trafia tam, gdzie wskazują rekordy MX. Popraw je w strefie DNS domeny; propagacja
    zmiany może potrwać kilka godzin.

## Nazwy scenariuszy

scenario-1-name = Wysyłanie z programu pocztowego (SMTP)
scenario-2-name = Odbieranie w programie pocztowym (POP3 lub IMAP)
scenario-3-name = Webmail: logowanie, wysyłanie lub odbieranie
scenario-4-name = Wysyłanie z PHP na hostingu
scenario-5-name = Wysyłanie z serwera wirtualnego lub dedykowanego
scenario-6-name = Odbieranie na serwerze wirtualnym lub dedykowanym
scenario-7-name = Wiadomość zaginęła

## 1. Wysyłanie z programu pocztowego

scenario-1-left-title = Wysłana, ale nie dotarła?
scenario-1-left-text =
    Czy program pocztowy wysłał wiadomość bez żadnego błędu (jest w folderze Wysłane), a odbiorca jej
    nie dostał?
scenario-1-left-unsure =
    Zajrzyj do folderów Wysłane i Skrzynka nadawcza. Wiadomość z Wysłanych opuściła program;
    ta, która utknęła w Skrzynce nadawczej, nie.
scenario-1-error-title = Widoczny błąd
scenario-1-error-text = Czy przy wysyłaniu program pocztowy pokazuje komunikat o błędzie?
scenario-1-error-unsure = Wyślij do siebie krótką wiadomość testową i sprawdź, czy pojawi się okno lub powiadomienie z błędem.
scenario-1-code-title = Błąd
scenario-1-code-text = Wpisz kod lub wklej treść błędu, którą pokazał program pocztowy.
scenario-1-config-title = Serwer wychodzący
scenario-1-config-text =
    Sprawdź serwer wychodzący w ustawieniach konta: serwer { $smtp-server }, port 587 ze STARTTLS
    lub port 465 z SSL/TLS. Czy po poprawieniu ustawień wysyłanie działa?
scenario-1-config-unsure =
    Serwer wychodzący (SMTP) jest w ustawieniach konta, często w sekcji „Ustawienia serwera”
    lub „Serwer poczty wychodzącej (SMTP)”.
scenario-1-auth-title = Uwierzytelnianie SMTP
scenario-1-auth-text =
    Włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”, z pełnym adresem e-mail jako
    nazwą użytkownika i tym samym hasłem co w webmailu. Czy teraz wysyłanie działa?
scenario-1-auth-unsure =
    Jeśli możesz zalogować się do webmaila ({ $webmail }) tym adresem i hasłem, to są one poprawne
    także dla programu pocztowego.
scenario-1-limit-title = Limity wysyłki
scenario-1-limit-text =
    Czy mieścisz się w limitach: { $hourly-account-limit } { $hourly-account-limit ->
        [one] wiadomość
        [few] wiadomości
       *[many] wiadomości
    } na godzinę z jednej skrzynki i { $hourly-ip-limit } na godzinę z jednego adresu IP
    ({ $daily-limit } dziennie dla skryptów na hostingu)?
scenario-1-limit-unsure =
    Policz, ile wiadomości wyszło w ciągu ostatniej godziny, łącznie z newsletterami i kopiami wysłanymi naraz
    do wielu odbiorców: liczy się każdy odbiorca.
scenario-1-limit-no =
    Po przekroczeniu limitu serwer przez pewien czas odrzuca kolejne wiadomości. Odczekaj godzinę
    przed ponowną wysyłką, a duże wysyłki rozłóż w czasie lub użyj przeznaczonej do nich usługi.
scenario-1-solved-title = Wysyłanie działa
scenario-1-solved-text = Wysyłanie znów działa. Zachowaj te ustawienia w każdym programie, który używa tej skrzynki.
scenario-1-contact-title = Kontakt z pomocą
scenario-1-contact-text = Jeśli wysyłanie nadal nie działa, napisz do pomocy technicznej i podaj:

## 2. Odbieranie w programie pocztowym

scenario-2-left-title = Łączy się, ale nic nie przychodzi?
scenario-2-left-text =
    Czy program pocztowy łączy się z serwerem bez żadnego błędu, a oczekiwane wiadomości wcale się
    nie pojawiają?
scenario-2-left-unsure =
    Kliknij „Wyślij/odbierz” lub „Pobierz wiadomości”. Jeśli nie ma błędu, a program podaje, że
    wszystko jest aktualne, połączenie działa.
scenario-2-config-title = Serwer przychodzący
scenario-2-config-text =
    Sprawdź serwer przychodzący: IMAP { $imap-server } na porcie 993 z SSL/TLS albo POP3 { $pop3-server }
    na porcie 995 z SSL/TLS, z pełnym adresem e-mail jako nazwą użytkownika. Czy po poprawieniu
    ustawień odbieranie działa?
scenario-2-config-unsure = IMAP przechowuje wiadomości na serwerze i pokazuje foldery; POP3 pobiera tylko skrzynkę odbiorczą.
scenario-2-password-title = Hasło
scenario-2-password-text = Czy możesz zalogować się do webmaila ({ $webmail }) tym samym adresem i hasłem, których używa program?
scenario-2-password-unsure = Skopiuj hasło z ustawień programu, wklej je na stronie logowania webmaila i spróbuj.
scenario-2-password-yes =
    Hasło jest poprawne, więc przyczyną są najpewniej ustawienia programu albo coś pomiędzy nim
    a serwerem, np. zapora sieciowa lub antywirus skanujący pocztę.
scenario-2-password-no =
    Ustaw nowe hasło w panelu klienta ({ $control-panel }) i wpisz je w webmailu oraz w programie
    pocztowym.
scenario-2-solved-title = Odbieranie działa
scenario-2-solved-text = Odbieranie znów działa. Zachowaj te ustawienia w każdym programie, który używa tej skrzynki.
scenario-2-contact-title = Kontakt z pomocą
scenario-2-contact-text = Jeśli odbieranie nadal nie działa, napisz do pomocy technicznej i podaj:

## 3. Webmail

scenario-3-what-title = Problem z webmailem
scenario-3-what-text = Co nie działa w webmailu?
scenario-3-what-login = Nie mogę się zalogować
scenario-3-what-missing = Brakuje wiadomości albo nie dotarła ona do odbiorcy
scenario-3-what-error = Webmail pokazuje błąd przy wysyłaniu
scenario-3-login-title = Pełny adres jako login
scenario-3-login-text = Czy logowanie działa, gdy jako login wpiszesz cały adres, razem z częścią po @?
scenario-3-login-unsure = Login to zawsze cały adres, np. anna@example.com.
scenario-3-password-title = Nowe hasło
scenario-3-password-text = Czy logowanie działa po ustawieniu nowego hasła do skrzynki w panelu klienta ({ $control-panel })?
scenario-3-password-unsure = Nowe hasło zaczyna działać minutę lub dwie po zapisaniu.
scenario-3-code-title = Błąd
scenario-3-code-text = Wpisz kod lub wklej treść błędu, którą pokazał webmail.
scenario-3-solved-title = Webmail działa
scenario-3-solved-text = Webmail znowu działa.
scenario-3-contact-title = Kontakt z pomocą
scenario-3-contact-text = Jeśli webmail nadal nie działa, napisz do pomocy technicznej i podaj:

## 4. PHP na hostingu

scenario-4-function-title = PHP mail()
scenario-4-function-text = Czy skrypt wysyła pocztę wbudowaną funkcją PHP mail()?
scenario-4-function-unsure =
    Zajrzyj do skryptu lub jego ustawień: biblioteka pocztowa skonfigurowana z „SMTP”, hostem
    i portem 25 otwiera bezpośrednie połączenie, zamiast wywoływać mail().
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] W tym pakiecie skrypty mogą używać mail() lub połączenia SMTP z loginem i hasłem skrzynki; sprawdź, czy ustawienia SMTP w skrypcie są kompletne.
       *[mail-function-only] Na tym hostingu skrypty mogą wysyłać tylko przez mail(); bezpośrednie połączenie SMTP z portem 25 jest zablokowane. Przestaw skrypt lub jego bibliotekę na mail().
    }
scenario-4-limit-title = Limit dzienny
scenario-4-limit-text =
    Czy hosting mieści się w dziennym limicie wiadomości, który wynosi { $daily-limit }? Panel klienta
    pokazuje, ile z niego wykorzystano.
scenario-4-limit-unsure = Otwórz szczegóły hostingu w panelu klienta ({ $control-panel }) i sprawdź jego status.
scenario-4-limit-no =
    Po osiągnięciu limitu dziennego kolejne wiadomości nie są wysyłane aż do następnego dnia. Wysyłaj
    mniej, np. łącząc powiadomienia, a do masowych wysyłek użyj usługi mailingowej.
scenario-4-arrive-title = Wysłana, ale nie dotarła?
scenario-4-arrive-text = Czy mail() zgłasza powodzenie, a wiadomość nigdy nie dociera do odbiorcy?
scenario-4-arrive-unsure = mail() zwraca true, gdy przekaże wiadomość dalej; zapisuj tę wartość w logu skryptu.
scenario-4-contact-title = Kontakt z pomocą
scenario-4-contact-text = Jeśli skrypt nadal nie może wysyłać, napisz do pomocy technicznej i podaj:

## 5. Wysyłanie z serwera wirtualnego lub dedykowanego

scenario-5-log-title = Log poczty
scenario-5-log-text = Czy log poczty ({ $mail-log }) pokazuje, że wiadomość została odrzucona z kodem odpowiedzi?
scenario-5-log-unsure = Wyszukaj w logu adres odbiorcy, np.: grep 'recipient@example.com' { $mail-log }
scenario-5-code-title = Odrzucenie
scenario-5-code-text = Wklej wiersz z logu zawierający kod i komunikat serwera odbiorcy.
scenario-5-ptr-title = Odwrotny DNS (PTR)
scenario-5-ptr-text =
    Czy adres IP serwera ma rekord PTR (odwrotny DNS) z nazwą serwera i czy ta nazwa wskazuje
    z powrotem na ten sam adres?
scenario-5-ptr-unsure = Sprawdź poleceniem „dig -x <adres IP>”, a potem „dig <zwrócona nazwa>”.
scenario-5-ptr-no =
    Wiele serwerów odbiorczych odrzuca pocztę z adresu bez pasującego rekordu PTR. Ustaw go w panelu
    klienta dla swojego adresu IP na nazwę serwera, która musi wskazywać z powrotem na ten adres.
scenario-5-blocklist-title = Czarne listy
scenario-5-blocklist-text = Czy adresu IP serwera nie ma na publicznych czarnych listach, takich jak Spamhaus?
scenario-5-blocklist-unsure = Wpisz adres IP w wyszukiwarce operatora czarnej listy; każdy pokaże, czy adres jest na liście i dlaczego.
scenario-5-blocklist-no =
    Najpierw znajdź przyczynę: zhakowany skrypt, otwarty relay lub mailing wysłany bez zgody
    odbiorców. Usuń ją, a potem wystąp o usunięcie z czarnej listy zgodnie z jej procedurą.
scenario-5-retry-title = Jeszcze raz
scenario-5-retry-text = Wyślij ponownie wiadomość testową. Czy teraz dociera?
scenario-5-retry-unsure = Obserwuj log poczty podczas wysyłania; wiersz zawierający „status=sent” lub „250” oznacza, że wiadomość przyjęto.
scenario-5-solved-title = Wysyłanie działa
scenario-5-solved-text = Serwer znowu doręcza pocztę.
scenario-5-contact-title = Kontakt z pomocą
scenario-5-contact-text = Jeśli serwer nadal nie może wysyłać, napisz do pomocy technicznej i podaj:

## 6. Odbieranie na serwerze wirtualnym lub dedykowanym

scenario-6-mx-title = Rekordy MX
scenario-6-mx-text = Czy rekordy MX domeny wskazują na ten serwer?
scenario-6-mx-unsure = Porównaj wynik polecenia „dig MX <Twoja domena>” z nazwą i adresem serwera.
scenario-6-mx-no = Skieruj rekordy MX na ten serwer w strefie DNS domeny; propagacja zmiany może potrwać kilka godzin.
scenario-6-log-title = Log poczty
scenario-6-log-text = Czy log poczty ({ $mail-log }) pokazuje, że oczekiwana wiadomość dotarła?
scenario-6-log-unsure = Wyszukaj w logu adres nadawcy lub godzinę wysłania.
scenario-6-log-no =
    Wiadomość nie dotarła do serwera. Sprawdź, czy port 25 jest otwarty w zaporze sieciowej i czy
    serwer pocztowy działa, oraz zapytaj nadawcę, czy dostał wiadomość zwrotną.
scenario-6-antispam-title = Antyspam
scenario-6-antispam-text = Czy filtr antyspamowy serwera przepuścił wiadomość, czyli jej nie odrzucił ani nie przeniósł do kwarantanny?
scenario-6-antispam-unsure = Poszukaj wiadomości w logu i w kwarantannie filtra antyspamowego.
scenario-6-antispam-no = Zwolnij wiadomość z kwarantanny i dodaj nadawcę do białej listy albo złagodź regułę, która ją zatrzymała.
scenario-6-retry-title = Jeszcze raz
scenario-6-retry-text = Poproś o nową wiadomość testową. Czy teraz dociera?
scenario-6-retry-unsure = Obserwuj log poczty, gdy wiadomość jest wysyłana.
scenario-6-solved-title = Odbieranie działa
scenario-6-solved-text = Serwer znowu odbiera pocztę.
scenario-6-contact-title = Kontakt z pomocą
scenario-6-contact-text = Jeśli wiadomości nadal nie docierają, napisz do pomocy technicznej i podaj:

## 7. Wiadomość zaginęła

scenario-7-bounce-title = Zwrotka
scenario-7-bounce-text = Czy nadawca dostał zwrotkę, czyli wiadomość, że doręczenie się nie powiodło?
scenario-7-bounce-unsure = Takie wiadomości przychodzą od „Mail Delivery System” lub „MAILER-DAEMON”; zajrzyj do skrzynki odbiorczej i folderu spamu nadawcy.
scenario-7-code-title = Treść zwrotki
scenario-7-code-text = Wklej wiersz z błędem ze zwrotki, np. „550 5.1.1 User unknown”.
scenario-7-address-title = Adres odbiorcy
scenario-7-address-text = Czy adres odbiorcy jest wpisany dokładnie tak, jak trzeba, łącznie z domeną?
scenario-7-address-unsure = Porównaj go litera po literze z adresem, który odbiorca sam Ci przesłał.
scenario-7-address-no = Popraw adres i wyślij wiadomość ponownie.
scenario-7-spam-title = Folder spamu
scenario-7-spam-text =
    Czy wiadomość jest w folderze spamu odbiorcy? { $spam-folder ->
        [everywhere] Ten folder widać w każdym programie pocztowym i w webmailu.
       *[imap-and-webmail] Ten folder widać tylko w webmailu lub przez IMAP, nie przez POP3.
    }
scenario-7-spam-unsure = W webmailu ({ $webmail }) poszukaj w folderze spamu nadawcy lub tematu wiadomości.
scenario-7-spam-yes = Oznacz wiadomość jako niebędącą spamem, aby kolejne od tego nadawcy trafiały do skrzynki odbiorczej.
scenario-7-full-title = Pełna skrzynka
scenario-7-full-text = Czy skrzynka odbiorcy jest pełna?
scenario-7-full-unsure = Pełna skrzynka odrzuca nowe wiadomości, a nadawca dostaje o tym wiadomość zwrotną.
scenario-7-full-yes = Odbiorca musi usunąć część wiadomości lub powiększyć skrzynkę; potem można wysłać wiadomość ponownie.
scenario-7-mx-title = Rekordy MX odbiorcy
scenario-7-mx-text = Czy domena odbiorcy ma rekordy MX wskazujące na właściwe serwery pocztowe?
scenario-7-mx-unsure = Sprawdź poleceniem „dig MX <domena odbiorcy>”; pusta odpowiedź oznacza, że rekordów nie ma.
scenario-7-mx-no = Bez poprawnych rekordów MX poczty nie da się doręczyć. Musi je ustawić w strefie DNS ten, kto zarządza domeną.
scenario-7-solved-title = Odnaleziona
scenario-7-solved-text = Wiadomość się odnalazła.
scenario-7-contact-title = Kontakt z pomocą
scenario-7-contact-text = Jeśli po kilku godzinach nadal nie znasz przyczyny, napisz do pomocy technicznej i podaj:

## Co przygotować przed kontaktem z pomocą techniczną

scenario-gather-mailbox = Adres skrzynki pocztowej
scenario-gather-client = Nazwę i wersję programu pocztowego
scenario-gather-error = Dokładną treść komunikatu o błędzie lub jego zrzut ekranu
scenario-gather-browser = Nazwę i wersję przeglądarki
scenario-gather-domain = Domenę
scenario-gather-script = Skrypt, który wysyła pocztę, i sposób wysyłki
scenario-gather-when = Datę i godzinę wysłania, jak najdokładniej
scenario-gather-recipient = Adres odbiorcy
scenario-gather-sender = Adres nadawcy
scenario-gather-server-ip = Nazwę i adres IP serwera
scenario-gather-log-lines = Wiersze z logu poczty dotyczące tej wiadomości
scenario-gather-how-sent = Sposób wysyłki: przez serwer SMTP dostawcy, z PHP na hostingu lub inaczej
