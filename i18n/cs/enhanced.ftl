### SMTP enhanced status codes (Czech).

## X.0 Other

enhanced-subject-0 = Jiné nebo blíže neurčené
enhanced-0-0 = Obecné hlášení bez bližšího upřesnění; podrobnosti může uvádět text odpovědi.

## X.1 Addressing

enhanced-subject-1 = Adresování
enhanced-1-0 = Hlášení se týká adresy odesílatele nebo příjemce, ale neuvádí podrobnosti.
enhanced-1-1 = Schránka příjemce neexistuje: část adresy před zavináčem je chybná.
enhanced-1-2 = Doména příjemce (část adresy za zavináčem) neexistuje nebo nepřijímá poštu.
enhanced-1-3 = Adresa příjemce je zapsána chybně, například obsahuje nepovolené znaky.
enhanced-1-4 = Adresa příjemce je nejednoznačná: odpovídá jí více schránek.
enhanced-1-5 = Adresa příjemce je platná a server ji přijal.
enhanced-1-6 = Schránka příjemce už na této adrese není a jeho nová adresa není známa.
enhanced-1-7 = Adresa odesílatele je zapsána chybně, například obsahuje nepovolené znaky.
enhanced-1-8 = Doména v adrese odesílatele neexistuje nebo nemůže přijímat odpovědi.
enhanced-1-9 = Zpráva byla předána systému, který o doručení neinformuje; další stav nebude znám.
enhanced-1-10 = Doména příjemce má nulový MX záznam, takže žádnou poštu nepřijímá.

## X.2 Mailbox

enhanced-subject-2 = Poštovní schránka
enhanced-2-0 = Hlášení se týká schránky příjemce, ale neuvádí podrobnosti.
enhanced-2-1 = Schránka příjemce je zablokovaná nebo vypnutá a zprávy nepřijímá.
enhanced-2-2 = Schránka příjemce je plná a na nové zprávy v ní není místo.
enhanced-2-3 = Zpráva překračuje limit velikosti, který pro schránku příjemce nastavil správce.
enhanced-2-4 = Adresa patří poštovní konferenci, jejíž seznam členů se nepodařilo zpracovat.

## X.3 Mail system

enhanced-subject-3 = Poštovní systém
enhanced-3-0 = Hlášení se týká poštovního serveru, ale neuvádí podrobnosti.
enhanced-3-1 = Poštovnímu serveru příjemce došlo místo pro ukládání zpráv.
enhanced-3-2 = Cílový server teď nepřijímá poštu, například kvůli údržbě, přetížení nebo vypínání.
enhanced-3-3 = Cílový server nepodporuje funkce, které zpráva nebo odesílatel vyžaduje.
enhanced-3-4 = Zpráva je větší, než kolik poštovní server vůbec dokáže zpracovat.
enhanced-3-5 = Poštovní server je špatně nastavený a zprávu nedokáže zpracovat.
enhanced-3-6 = Server zprávu zpracoval s jinou prioritou, než o jakou odesílatel žádal.

## X.4 Network and routing

enhanced-subject-4 = Síť a směrování
enhanced-4-0 = Hlášení se týká sítě nebo směrování pošty, ale neuvádí podrobnosti.
enhanced-4-1 = Cílový server neodpovídá, spojení s ním se nepodařilo navázat.
enhanced-4-2 = Spojení se serverem sice vzniklo, ale přenos zprávy se nepodařilo dokončit.
enhanced-4-3 = Selhala služba potřebná k nalezení cíle (například DNS), takže nelze zjistit, kam zprávu poslat.
enhanced-4-4 = Nelze určit, přes který server zprávu do domény příjemce doručit.
enhanced-4-5 = Poštovní server je přetížený a nestíhá zprávy zpracovávat.
enhanced-4-6 = Zpráva obíhá mezi servery ve smyčce a byla přeposlána příliš mnohokrát.
enhanced-4-7 = Vypršela doba, během které se zpráva měla doručit.

## X.5 Mail delivery protocol

enhanced-subject-5 = Protokol pro doručování pošty
enhanced-5-0 = Hlášení se týká komunikace mezi poštovními programy, ale neuvádí podrobnosti.
enhanced-5-1 = Server dostal příkaz, který nezná nebo který přišel ve špatném pořadí.
enhanced-5-2 = Příkaz je zapsán chybně a server mu nerozumí.
enhanced-5-3 = Zpráva je adresována příliš mnoha příjemcům najednou.
enhanced-5-4 = Příkaz je platný, ale jeho parametry jsou chybné nebo je server nepodporuje.
enhanced-5-5 = Obě strany používají odlišné verze protokolu, které spolu nejsou slučitelné.
enhanced-5-6 = Řádek odeslaný během přihlašování je delší, než server dovoluje.

## X.6 Message content or media

enhanced-subject-6 = Obsah nebo formát zprávy
enhanced-6-0 = Hlášení se týká obsahu nebo formátu zprávy, ale neuvádí podrobnosti.
enhanced-6-1 = Zpráva obsahuje typ obsahu nebo formát, který cílový systém nepodporuje.
enhanced-6-2 = Zprávu by bylo nutné převést do jiného formátu, ale převod není povolen.
enhanced-6-3 = Zprávu by bylo nutné převést do jiného formátu, ale server to neumí.
enhanced-6-4 = Zpráva byla při doručování převedena a část jejího obsahu se ztratila.
enhanced-6-5 = Převod zprávy do jiného formátu se nepodařil.
enhanced-6-6 = Obsah zprávy se nepodařilo načíst z místa, kde byl uložen.
enhanced-6-7 = Adresa obsahuje znaky mimo ASCII (třeba s diakritikou), které zde nejsou povolené.
enhanced-6-8 = Server potřebuje odpovědět textem v UTF-8, ale odesílající program to nepodporuje.
enhanced-6-9 = Zprávu s hlavičkami v UTF-8 nelze předat jednomu nebo více příjemcům.
enhanced-6-10 = Zastaralý duplicitní kód, znamená totéž co X.6.8 (odpověď v UTF-8 není dovolena).

## X.7 Security or policy

enhanced-subject-7 = Zabezpečení nebo zásady
enhanced-7-0 = Hlášení se týká zabezpečení nebo zásad serveru, ale neuvádí podrobnosti.
enhanced-7-1 = Zásady serveru nebo příjemce nedovolují zprávu od tohoto odesílatele přijmout.
enhanced-7-2 = Odesílatel nemá povolení rozesílat zprávy přes tuto poštovní konferenci.
enhanced-7-3 = Zprávu by bylo nutné převést, ale tím by se porušil její podpis nebo šifrování.
enhanced-7-4 = Zpráva vyžaduje bezpečnostní funkce, které cílový systém nepodporuje.
enhanced-7-5 = Zprávu nelze dešifrovat ani ověřit její podpis, protože klíč chybí nebo je neplatný.
enhanced-7-6 = Zpráva používá šifrovací algoritmus, který cílový systém nepodporuje.
enhanced-7-7 = Kontrola neporušenosti ukázala, že zpráva byla cestou změněna nebo poškozena.
enhanced-7-8 = Přihlašovací údaje (jméno nebo heslo) nejsou správné.
enhanced-7-9 = Zvolený způsob přihlášení je pro tento server příliš slabý.
enhanced-7-10 = Je potřeba šifrované spojení (například TLS), teprve pak lze pokračovat v přihlášení.
enhanced-7-11 = Zvolený způsob přihlášení lze použít jen přes šifrované spojení (TLS).
enhanced-7-12 = Heslo k účtu je nutné změnit, teprve potom bude přihlášení možné.
enhanced-7-13 = Účet, kterým se přihlašujete, je zablokovaný (vypnutý).
enhanced-7-14 = Server nemá nastavenou důvěru vůči jinému serveru, odkud by načetl obsah zprávy.
enhanced-7-15 = Priorita zprávy je příliš nízká na to, aby ji server přijal.
enhanced-7-16 = Zpráva je na zvolenou prioritu příliš velká.
enhanced-7-17 = Schránka příjemce mezitím přešla na jiného majitele, než kterému byla zpráva určena.
enhanced-7-18 = Doména příjemce mezitím přešla na jiného majitele, než kterému byla zpráva určena.
enhanced-7-19 = Kontrolu RRVS (zda adresa mezitím nezměnila majitele) nelze provést.
enhanced-7-20 = Zpráva nemá žádný podpis DKIM, který by prošel kontrolou.
enhanced-7-21 = Zpráva nemá žádný podpis DKIM, který by splňoval požadavky příjemce.
enhanced-7-22 = Zpráva nemá platný podpis DKIM od domény uvedené v adrese odesílatele.
enhanced-7-23 = Podle SPF domény odesílatele nesmí odesílající server za tuto doménu posílat poštu.
enhanced-7-24 = Kontrolu SPF nešlo dokončit, například kvůli chybě v DNS nebo v záznamu SPF.
enhanced-7-25 = Reverzní záznam v DNS pro IP adresu odesílajícího serveru chybí nebo nesouhlasí.
enhanced-7-26 = Zpráva neprošla více kontrolami odesílatele zároveň, např. SPF i DKIM, nebo DMARC.
enhanced-7-27 = Doména odesílatele má nulový MX záznam, takže nemůže přijímat odpovědi.
enhanced-7-28 = Zpráva vypadá jako součást záplavy podobných nevyžádaných zpráv.
enhanced-7-29 = Zpráva neprošla kontrolou ARC, která ověřuje její cestu přes přeposílající servery.
enhanced-7-30 = Zpráva vyžaduje REQUIRETLS (přenos jen přes zabezpečené TLS), ale další server na cestě to nepodporuje.
