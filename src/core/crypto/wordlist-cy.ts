/**
 * Welsh passphrase words, for suggestions on the Welsh pages (passphrase.ts). Composed for this
 * project: common, everyday, neutral words (animals, nature, food, colours, the home, clothes,
 * simple verbs), each in its plain (unmutated) form, lower case a to z only, so they type the same
 * on any keyboard: words that need â, ŵ, ŷ or another accent are left out. No word is in the common
 * passwords or names of guessable.ts (checked by passphrase.test.ts, with no repeats).
 * One space-separated string keeps the chunk small; the list loads only with the saving code.
 */
export const WORDS_CY: readonly string[] = Object.freeze(
  `
cath ci ceffyl buwch dafad mochyn gafr iar ceiliog hwyaden gwydd cwningen llygoden gwiwer draenog llwynog arth
eliffant jiraff mwnci teigr sebra camel pysgodyn morfil dolffin crwban broga llyffant malwen gwenynen pilipala
gwybedyn morgrugyn corryn aderyn robin titw dryw gwennol tylluan hebog eryr alarch gwylan pengwin parot carw ebol
oen llo mul asyn cyw cywion cranc octopws morlo dyfrgi afanc ystlum madfall bochdew cimwch gwartheg defaid moch
ceffylau adar ieir hwyaid cathod cwningod pysgod gwenyn mwydyn lindys buchod cenawon haul lleuad awyr cwmwl cymylau
glaw eira gwynt niwl enfys rhew barrug cenllysg gwlith afon llyn nant rhaeadr mynydd cwm dyffryn coedwig coed coeden
derwen onnen bedwen ffawydden celynnen ywen helygen gwern cyll masarnen deilen dail blodyn blodau rhosyn lili
cenhinen cennin briallu glaswellt gwair mwsogl rhedyn grug eithin craig carreg cerrig tywod traeth ton tonnau ynys
penrhyn clogwyn ogof maes cae caeau gardd perllan gwanwyn hydref gaeaf bore prynhawn noswaith gwawr machlud tymor
tywydd cragen cregyn gwymon pwll ffynnon tir pridd mwd llaid gwreiddyn brigyn cangen boncyff hadau hedyn heulwen
awel tarth pluen plu mynyddoedd afonydd llynnoedd bryniau creigiau coedydd mes moryd aber arfordir twyn twyni
gweirglodd dol dolydd gwastadedd corstir mawnog ffrwd bara menyn caws llaeth llefrith wyau tatws moron pys ffa
bresych nionyn winwnsyn garlleg madarch tomato ciwcymbr letys afal afalau gellygen eirinen ceiriosen mefusen mefus
mafon mwyar banana oren lemwn grawnwin melon pinafal eirin bricyll cnau jam siwgr halen pupur reis pasta cawl cacen
teisen bisged bisgedi crempog crempogau uwd sudd coffi hufen iogwrt siocled losin taffi tost brechdan pizza sglodion
salad ffrwyth ffrwythau llysiau cinio brecwast swper pwdin sinsir sinamon perlysiau mintys persli saets teim olew
finegr blawd toes crwst tarten pastai rholyn ceirch gwenith haidd corbys selsig cyri lobsgows coch glas gwyrdd melyn
gwyn llwyd brown porffor pinc aur arian euraidd piws gwinau cartref ystafell cegin lolfa parlwr gwely cadair bwrdd
soffa drws ffenestr llawr nenfwd wal mur grisiau landin atig seler garej ffens giat clwyd llwybr simnai lamp golau
cannwyll drych cloc silff cwpwrdd droriau clustog gobennydd blanced cwilt carped llenni llen bath cawod sinc tap
tywel sebon brws crib basn bwced mop ysgub hwfer ffwrn popty oergell rhewgell tegell sosban padell platiau powlen
cwpan mwg gwydryn llwy fforc jwg tebot potel jar bocs blwch basged cloch radio teledu cyfrifiadur llyfr llyfrau
papur pensil beiro creon paent glud cadeiriau byrddau ffenestri drysau cornel porth cyntedd balconi ystafelloedd cot
siaced crys sgert ffrog trowsus sanau hosan esgid esgidiau sliperi het cap sgarff menig maneg siwmper cardigan gwisg
pyjamas botwm poced ymbarel sbectol modrwy mwclis oriawr welis bwyta yfed cysgu canu dawnsio chwarae darllen
ysgrifennu nofio cerdded rhedeg neidio coginio pobi golchi glanhau gwau garddio peintio lliwio chwerthin gwenu
siarad gwrando edrych gweld clywed meddwl dysgu gwybod cofio dringo hedfan sgio beicio pysgota plannu tyfu casglu
adeiladu agor eistedd sefyll codi gorwedd deffro ymolchi gwisgo teithio ymweld prynu gwerthu talu rhoi cael gwneud
mynd dod aros troi dilyn chwilio ffeindio dangos egluro cyfrif mesur pwyso plygu gosod cario llenwi arllwys cymysgu
berwi ffrio rhostio tostio sychu smwddio tacluso trefnu paratoi gorffen dechrau newid helpu rhannu cyfarch croesawu
ffonio anfon postio cwrdd ymarfer arlunio creu dylunio hwylio rhwyfo padlo sglefrio syrffio gwylio chwibanu hymian
clapio cyfansoddi cynllunio tynnu mawr bach hir byr tal llydan cul trwm ysgafn cynnes oer poeth twym sych gwlyb
meddal caled llyfn garw newydd hen ifanc cyflym araf tawel swnllyd hapus llawen braf hyfryd prydferth tlws del pert
doniol clyfar dewr caredig cyfeillgar melys sur hallt blasus ffres crwn tenau uchel isel dwfn bas llawn gwag agored
syml hawdd cryf tyner disglair llachar clir prysur diog gwyllt dof distaw bywiog lliwgar heulog gwyntog glawog
cymylog rhewllyd niwlog tref dinas pentref stryd ffordd heol marchnad siop caffi bwyty llyfrgell ysgol coleg
prifysgol parc sinema theatr amgueddfa oriel gorsaf porthladd harbwr pont twnnel fferm ysgubor stabl melin castell
gwesty swyddfa becws neuadd stadiwm pier cei pentrefi trefi strydoedd siopau car bws beic cwch llong awyren tacsi
fan lori tractor trol olwyn sedd injan hofrennydd roced balwn barcud sgwter trelar carafan gitar piano telyn ffidil
drwm trwmped ffliwt corn cerddoriaeth alaw nodyn band dawns llun lluniau ffilm bat raced pos cardiau dis tedi siglen
sleid teganau tegan llaw troed bys trwyn clust llygad gwallt braich coes ysgwydd wyneb ceg dant dannedd bawd dydd
diwrnod wythnos mis blwyddyn awr munud eiliad heddiw yfory ddoe hwyr cynnar ionawr chwefror mawrth ebrill mehefin
gorffennaf awst medi tachwedd rhagfyr pedwar chwech saith wyth naw deg ugain cant mil gwaith taith stori cwestiwn
ateb syniad gwyliau parti anrheg cerdyn llythyr amlen stamp map cwmpawd glob rhuban canhwyllau pren cotwm sidan
lledr cardfwrdd plastig gwydr haearn copr dur efydd clai cwyr marmor llechen llechi
`
    .trim()
    .split(/\s+/),
);
