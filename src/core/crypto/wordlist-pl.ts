/**
 * Polish passphrase words, for suggestions on the Polish pages (passphrase.ts). Composed for this
 * project: common, everyday, neutral words (animals, nature, food, colours, the home, clothes,
 * objects, weather, simple places), each in its dictionary form (nominative singular for nouns),
 * lower case a to z only, so they type the same on any keyboard and the key (kdf.ts sees the exact
 * letters) never depends on Polish letters: words that need ą, ć, ę, ł, ń, ó, ś, ź or ż are left
 * out, never spelled without them (so hardly any verbs: nearly every infinitive ends in -ć). No word is
 * in the common passwords or names of guessable.ts (checked by wordlists.test.ts, with no
 * repeats and no upsetting word). One space-separated string keeps the chunk small; the list
 * loads only with the saving code.
 */
export const WORDS_PL: readonly string[] = Object.freeze(
  `
kot pies koza krowa owca kura kogut kaczka kaczor indyk konik tygrys lew lis ryba delfin wieloryb foka pingwin papuga
sowa bocian wrona kruk sroka sikorka kanarek kos szpak czapla mewa mysz chomik kret borsuk wydra sarna dzik cielak
prosiak kotek piesek szczeniak motyl biedronka trzmiel kangur hipopotam jaszczurka kameleon flaming paw kuropatwa karp
dorsz krab meduza rozgwiazda lama alpaka bizon renifer mors kormoran pelikan tukan koliber czajka gil dudek kuna
gronostaj surykatka leniwiec pantera gepard lampart kozica nietoperz jelonek baranek owieczka kaczuszka kurczak kucyk
gwiazda niebo chmura deszcz wiatr grad rosa szron rzeka jezioro staw potok strumyk wodospad morze fala piasek wyspa
dolina las drzewo kwiat trawa mech jaskinia pole wiosna lato zima ranek poranek brzoza buk sosna klon lipa wierzba
topola kasztan orzech grab olcha modrzew tulipan stokrotka bratek mak chaber rumianek konwalia storczyk irys narcyz
krokus hiacynt piwonia lawenda wrzos paprotka kaktus bluszcz trzcina szczyt zbocze kamyk kora nasiono ziarno brzeg
zatoka klif wydma polana zagajnik puszcza rzeczka struga horyzont kometa planeta gwiazdka zorza chmurka pogoda ulewa
bryza wietrzyk kropla listek kwiatek krzak krzew trawnik chleb ser mleko jajko jogurt szynka zupa barszcz placek
ciasto ciastko tort piernik sernik makowiec herbata kawa sok woda kakao cukier pieprz makaron kasza owsianka marchew
marchewka ziemniak kartofel cebula czosnek pomidor kapusta burak rzodkiewka seler pietruszka koper groszek fasola
kukurydza dynia cukinia papryka kalafior szpinak gruszka truskawka malina porzeczka agrest winogrono arbuz banan
cytryna mandarynka brzoskwinia morela ananas figa daktyl rodzynka grzyb borowik kurka pieczarka kanapka omlet
jajecznica kotlet gulasz bigos gofr kisiel kompot lemoniada czekolada cukierek lizak baton rogal bagietka grzanka
pasztet sos musztarda majonez ocet olej oliwa cynamon imbir wanilia bazylia tymianek oregano szczypiorek chrzan kminek
kardamon sezam pestka orzeszek wafel biszkopt babka rogalik precel obwarzanek zapiekanka kefir serek galaretka
konfitura syrop herbatnik sucharek obiad kolacja deser przysmak czerwony niebieski zielony czarny szary fioletowy
granatowy srebrny turkusowy kremowy seledynowy bordowy purpurowy lazurowy oliwkowy miedziany bursztynowy karmelowy
kawowy szmaragdowy rubinowy koralowy malinowy cytrynowy lawendowy liliowy grafitowy morski piaskowy kolorowy dom
mieszkanie kuchnia sypialnia korytarz schody strych piwnica balkon taras okno drzwi sufit dach komin brama furtka
ganek weranda fotel kanapa szafa szafka biurko komoda lampa lustro zegar dywan firanka poduszka koc wanna prysznic
umywalka kran szczotka wiadro odkurzacz piekarnik kuchenka czajnik garnek patelnia talerz miska kubek szklanka widelec
dzbanek imbryk butelka koszyk dzwonek telewizor komputer zeszyt papier kredka farba klej gumka linijka kalendarz obraz
ramka wazon doniczka latarka wieszak zegarek budzik kosz taca serwetka obrus fartuch rondel durszlak tarka sitko deska
mikser toster termos stolik taboret hamak piaskownica zabawka lalka balon latawiec gra karta kostka rower hulajnoga
deskorolka sanki pokrowiec kominek ognisko drewno metal srebro bursztyn diament rubin szmaragd marmur granit jedwab
len tektura plastik guma wosk porcelana kompas mapa globus list koperta znaczek prezent kartka tablica kreda mikroskop
teleskop lornetka aparat telefon ekran klawiatura bateria drabina grabie taczka konewka wiaderko kosiarka skrzynka
paczka worek siatka szklarnia pasieka ul fotografia koszula bluzka sukienka spodnie sweter kurtka kapelusz czapka
szalik skarpetka kalosz trampek krawat kamizelka marynarka fartuszek guzik kaptur bluza koszulka dres rajstopy
podkoszulek okulary naszyjnik bransoletka kolczyk broszka kokarda torebka plecak walizka torba parasolka beret
kombinezon miasto ulica droga sklep rynek targ biblioteka kino teatr muzeum dworzec przystanek lotnisko port plac
fontanna kawiarnia piekarnia apteka poczta restauracja stadion basen boisko latarnia farma stajnia obora wioska
osiedle ratusz sklepik targowisko bazar cyrk karuzela kwiaciarnia cukiernia ogrodnictwo autobus tramwaj statek samolot
traktor skuter rakieta helikopter jacht kajak ponton tratwa prom kolej sanie karoca bryczka gitara pianino fortepian
skrzypce flet harfa akordeon piosenka melodia taniec muzyka nuta koncert rysunek film bajka wiersz opowiadanie zagadka
szachy warcaby kolorowanka noga stopa palec ucho oko kolano usta broda policzek brew kciuk rok godzina minuta sekunda
jutro wczoraj dzisiaj luty marzec maj czerwiec lipiec listopad wtorek czwartek sobota niedziela wysoki niski szeroki
lekki zimny suchy mokry twardy nowy szybki wolny cichy radosny zabawny sprytny dzielny dobry pyszny smaczny cienki
pusty otwarty prosty silny delikatny jasny czysty leniwy dziki wietrzny deszczowy pochmurny puszysty soczysty spokojny
uprzejmy grzeczny ciekawy wygodny przytulny rumiany pogodny bystry zwinny zgrabny drobny ogromny wielki piec frytka
szynszyla fretka kawka zimorodek pliszka drozd gawron puchacz myszka kotka tapir okapi antylopa gazela dromader norka
ptaszek rybka motylek stonoga sarenka lisek kociak sikora turkawka perlica kondor albatros ibis perkoz homar krewetka
ostryga ropucha traszka salamandra gekon legwan wodorost koral laguna rafa fiord wulkan gejzer oaza pustynia sawanna
preria tajga lasek gaj rabata klomb altana pergola szyszka igliwie kasztanowiec berberys cis jesion akacja palma
bambus nasturcja aksamitka astra gerbera begonia fuksja pelargonia malwa szafran sasanka zawilec niezapominajka
macierzanka koniczyna mniszek dmuchawiec kosaciec rzepak pszenica owies proso gryka siano snopek kopiec grzbiet
kotlina brzask zmierzch blask promyk iskierka deszczyk wiaterek nurt ruczaj kaskada pyza kluska knedel uszko bulion
krem makrela sardynka schabowy klopsik pulpet boczek kabanos oscypek bryndza kajzerka bajgiel szarlotka strucla
makaronik beza keks babeczka rurka chrust faworek racuch placuszek krokiet leczo hummus sorbet mus landrynka karmel
nugat marcepan sezamek poziomka aronia pigwa rabarbar szczaw rukola roszponka cykoria rzepa brukiew pasternak batat
awokado papaja kokos pistacja nerkowiec fistaszek mirabelka renkloda pled narzuta materac fotelik pufa kredens witryna
lampka kinkiet plafon parapet roleta moskitiera wycieraczka kafelek tapeta plakat magnes kubeczek spodek salaterka
cukiernica solniczka chlebak chochla trzepaczka foremka blacha pokrywka czajniczek ekspres karafka podstawka zmywak
szufelka pralka suszarka klamerka spinacz zszywacz pinezka teczka segregator notes notatnik dziennik gazeta czasopismo
komiks cyrkiel ekierka flamaster pisak mazak paleta sztaluga plastelina modelina brokat cekin koralik kordonek
naparstek kuferek puzderko karton koszyczek wiklina skwer aleja bulwar deptak promenada molo wiatrak
spichlerz chatka domek altanka pensjonat kemping arboretum palmiarnia planetarium galeria filharmonia sala hala
jarmark festyn piknik wycieczka urlop niespodzianka balonik konfetti zaproszenie orkiestra bal parada festiwal
przedstawienie legenda rymowanka wyliczanka zgadywanka rebus labirynt medal puchar dyplom nagroda
`
    .trim()
    .split(/\s+/),
);
