/**
 * Romanian passphrase words, for suggestions on the Romanian pages (passphrase.ts). Composed for
 * this project: common, everyday, neutral words (animals, nature, food, colours, the home, clothes,
 * objects, weather, simple places, simple verbs), each in its dictionary form (nouns in the
 * nominative singular without the article, verbs in the short infinitive without "a"), lower case
 * a to z only, so they type the same on any keyboard and the key (kdf.ts sees the exact letters)
 * never depends on Romanian letters: words that need ă, â, î, ș or ț are left out, never spelled
 * without them. No word is in the common passwords or names of guessable.ts (checked by
 * wordlists.test.ts, with no repeats and no upsetting word). One space-separated string
 * keeps the chunk small; the list loads only with the saving code.
 */
export const WORDS_RO: readonly string[] = Object.freeze(
  `
cal oaie porc iepure arici vulpe urs elefant tigru leu delfin melc fluture vrabie porumbel vultur pinguin papagal cerb
ied miel ponei pisoi cangur hipopotam rinocer bizon ren castor bursuc liliac privighetoare cocor fazan colibri tucan
sturion somon ton hering greiere vierme cameleon cintezoi sticlete graur canar uliu motan hamsie stavrid soare stea
cer nor ploaie curcubeu lac izvor mare val nisip munte deal vale copac arbore floare noapte zi apus stejar fag brad
salcie plop tei arin castan nuc alun prun trandafir lalea crin mac iasomie bujor ghiocel trifoi promontoriu codru
orizont adiere trunchi conifer polen vulcan desert pom lujer boboc mugur ciot con molid unt lapte ou iaurt carne
cartof morcov castravete fasole porumb dovleac dovlecel ardei spanac praz ridiche strugure pepene ananas orez sare
piper miere tort cozonac covrig chec compot suc ceai cafea cacao chiftea pilaf ulei ghimbir vanilie busuioc cimbru
dafin ienibahar orz drojdie aluat sirop jeleu fursec pateu crenvurst sos pireu baton albastru verde galben
alb negru gri maro portocaliu mov roz violet auriu argintiu bej crem turcoaz bleumarin liliachiu purpuriu azuriu kaki
bordo lila ocru sidefiu rubiniu coraliu cafeniu ruginiu castaniu bronz perlat baie dormitor sufragerie hol pod garaj
balcon gard geam perete tavan pat scaun fotoliu canapea dulap sertar birou ceas covor perdea draperie robinet prosop
perie pieptene aspirator cuptor aragaz frigider congelator ceainic tigaie farfurie castron pahar ulcior borcan
cutie clopot televizor calculator carte caiet creion pix vopsea lipici tablou ghiveci cuier taburet hamac tobogan
minge balon zmeu joc zar sanie ibric termos fotografie telefon ecran nasture burete pulover palton fular ciorap pantof
papuc buzunar hanorac tricou trening colant colier cercel rucsac costum ie maieu pantalon cojoc vreme
ninsoare ger viscol senin magazin parc teatru muzeu aeroport port castel hambar grajd cartier bazar circ carusel
stadion teren patinoar atelier autobuz tramvai tren vapor avion camion scuter vagon elicopter iaht caiac ponton
feribot metrou teleferic troleibuz microbuz autocar pian flaut acordeon melodie dans desen film poveste poezie
ghicitoare fluier nai cor picior deget nas ureche ochi genunchi dinte obraz frunte unghie minut ieri azi ianuarie
februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie mic lung scurt lat greu cald rece
fierbinte uscat ud moale neted nou vechi repede vesel fericit frumos amuzant curajos dulce acru gustos delicios rotund
gros plin deschis simplu puternic luminos curat harnic colorat ploios noros geros pufos parfumat crocant zemos cuminte
politicos amabil vioi agil imens minuscul comod confortabil limpede curios zglobiu voios bucuros ager dansa juca citi
scrie merge alerga coace picta desena vorbi asculta privi vedea urca zbura pescui planta aduna construi deschide sta
plimba vizita ajuta suna trimite coase tricota broda fluiera fredona turna amesteca usca aranja schimba saluta uda
culege lipi decupa visa odihni bivol curcan cuc grangur corb cormoran calmar homar stridie licurici bondar molie
triton cobai dihor jder zimbru elan ghepard puma ocelot pui purcel sturz pitpalac gugustiuc condor albatros amurg zori
crepuscul mal ostrov fiord recif atol bolovan lut iaz fluviu estuar canion defileu pisc platou colnic gorun carpen
frasin ulm paltin afin zmeur mur hrib dalie rozmarin salvie viorea narcis orhidee ficus palmier bambus stuf petunie
begonie hortensie azalee camelie gardenie polei fulg lipie ecler saleu halva nuga caramea acadea magiun sorbet sufleu
profiterol fidea terci chefir telemea linte soia gutuie grepfrut rodie fistic condiment boia chimen anason hrean prag
pervaz jaluzea bufet saltea pled parchet gresie tapet bec sonerie interfon halat calorifer filtru capac polonic tel
suport plic timbru scrisoare vedere felicitare cadou confeti lampion felinar glob jurnal ziar stilou echer compas
penar ghiozdan difuzor aparat ceasornic cronometru termometru barometru binoclu telescop microscop pardesiu bocanc
papion fermoar guler batic basma medalion ochelari evantai bulevard alee trotuar tunel peron debarcader pensiune han
cinematograf galerie liceu universitate palat observator planetariu acvariu havuz statuie corabie planor
telescaun catarg violoncel contrabas oboi fagot trombon xilofon cimpoi caval tulnic refren vers basm rebus portret
peisaj balet spectacol carnaval serbare aniversare titirez balansoar cort excursie concediu dormi vinde lua explica
plia pune purta umple fierbe ordona termina primi exersa crea proiecta naviga patina schia aplauda compune planifica
iriga recolta tunde colora modela sculpta pedala rula pluti zburda cobori explora descoperi povesti repeta relaxa
respira scund larg picant fraged copt fiert sclipitor lucios flocos ordonat aromat savuros voinic iute
sprinten atent generos prietenos sociabil sincer onest haios nostim simpatic talentat creativ domol somnoros odihnit
energic sportiv clasic zilnic matinal tomnatic friguros umed verzui albui brun maroniu oranj smarald safir rubin
chihlimbar diamant cristal argint aur fier cupru lemn bumbac piele cauciuc
`
    .trim()
    .split(/\s+/),
);
