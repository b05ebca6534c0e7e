import type { adult as en } from "../../en/plans/adult";
import type { Translation } from "../../types";

export const adult: Translation<typeof en> = {
  "adult.title": "Fy nghynllun diogelwch",
  "adult.neutralTitle": "Fy nodiadau",
  "adult.intro": [
    "Mae'r cynllun hwn yn lle i feddwl am beth allai eich helpu i fod yn fwy diogel, nawr ac yn y dyfodol. Gall cynllun leihau'r risg, ond all e ddim addo y byddwch chi, nac unrhyw un arall, yn ddiogel.",
    "Nid eich bai chi yw'r hyn sy'n digwydd i chi. Y person sy'n dewis eich brifo neu eich rheoli sy'n gyfrifol amdano.",
    "Does dim rhaid ateb unrhyw gwestiwn. Gadewch unrhyw beth sydd ddim yn addas i'ch bywyd chi, a dewch yn ôl ato pryd bynnag y mynnwch. Mae'r cynllun yn ddefnyddiol p'un a ydych chi'n byw gyda'r person, yn meddwl am adael, neu wedi gadael yn barod.",
    "Rydych chi eisoes yn gwybod llawer am gadw eich hun yn ddiogel. Adeiladwch ar yr hyn sy'n gweithio i chi'n barod. Os ydych chi mewn perygl nawr, ffoniwch 999.",
    "Cadwch y cynllun rywle lle na all y person ddod o hyd iddo. Efallai y gall gweithiwr cymorth rydych chi'n ymddiried ynddo gadw copi, neu eich dogfennau, i chi.",
  ],
  "adult.what-applies.title": "Beth sy'n berthnasol i mi",
  "adult.what-applies.printTitle": "Amdana i",
  "adult.what-applies.help": [
    "Ychydig o gwestiynau cyflym am eich bywyd, fel bod y cynllun yn gallu awgrymu syniadau sy'n addas i chi. Does dim rhaid ateb yr un cwestiwn, a gallwch newid eich atebion unrhyw bryd.",
    "Mae eich atebion yn aros yn y cynllun hwn, a dim ond os byddwch chi'n dewis y byddan nhw'n cael eu hargraffu.",
  ],
  "adult.what-applies.questions": [
    "Oes unrhyw beth yn eich bywyd sy'n ei gwneud hi'n anoddach aros yn ddiogel neu gael help?",
    "Pwy arall sy'n dibynnu arnoch chi, fel plant, anifail anwes neu rywun rydych chi'n gofalu amdano?",
  ],
  "adult.what-applies.askQuestions": [
    "Oes unrhyw beth sy'n ei gwneud hi'n anoddach i chi gael help, fel eich fisa, arian, eich iechyd, anifeiliaid anwes neu'r plant?",
    "Pwy arall sy'n byw gyda chi, neu'n dibynnu arnoch chi?",
  ],
  "adult.what-applies.situation.label": "Beth sy'n berthnasol i mi",
  "adult.what-applies.situation.printLabel": "Amdana i",
  "adult.what-matters.title": "Beth sy'n bwysig i mi",
  "adult.what-matters.printTitle": "Beth sy'n bwysig",
  "adult.what-matters.help": [
    "Rhowch yr hyn sydd bwysicaf i chi ar hyn o bryd ar y brig. Does dim trefn gywir, a gall newid.",
    "Mae'r cynllun yn dangos yn gyntaf y syniadau sy'n addas i'r hyn sydd bwysicaf i chi.",
  ],
  "adult.what-matters.questions": [
    "Pe gallech chi newid un peth yn ystod y mis nesaf, beth fyddai hwnnw?",
    "Beth na fyddech chi'n fodlon ei roi i fyny?",
  ],
  "adult.what-matters.askQuestions": [
    "Beth sydd bwysicaf i chi ar hyn o bryd? Beth sy'n eich poeni fwyaf am bob dewis?",
  ],
  "adult.what-matters.priorities.label": "Y pethau pwysicaf, yn gyntaf",
  "adult.what-matters.priorities.printLabel": "Mewn trefn",
  "adult.my-ideas.title": "Syniadau ar gyfer fy nghynllun",
  "adult.my-ideas.printTitle": "Syniadau",
  "adult.my-ideas.help": [
    "Syniadau sydd wedi helpu pobl eraill, wedi'u dewis o'ch atebion. Mae pob un yn dweud pam mae'n cael ei awgrymu.",
    "Cadwch y rhai sy'n addas i chi, ychwanegwch eich nodiadau eich hun, a rhowch o'r neilltu unrhyw rai nad ydyn nhw i chi. Chi sy'n gwybod orau beth sy'n ddiogel i chi.",
  ],
  "adult.my-ideas.questions": [
    "Pa rai o'r rhain ydych chi wedi'u trio'n barod? Beth helpodd?",
    "Oes unrhyw beth yma na fyddai'n ddiogel i chi?",
  ],
  "adult.my-ideas.askQuestions": [
    "Pa rai o'r rhain ydych chi wedi'u trio'n barod? Beth helpodd, a beth wnaeth bethau'n waeth?",
  ],
  "adult.my-ideas.strategies.label": "Fy syniadau",
  "adult.my-ideas.strategies.printLabel": "I'w wneud",
  "adult.right-now.title": "Ar hyn o bryd",
  "adult.right-now.printTitle": "Nodiadau",
  "adult.right-now.help": [
    "Dechreuwch gyda sut mae pethau i chi heddiw. Does dim atebion cywir nac anghywir, a gallwch chi adael unrhyw beth yn wag.",
    "Mae llawer o bobl yn sylwi ar arwyddion cyn i bethau waethygu. Gall eu hysgrifennu eich helpu i weithredu'n gynnar, er enghraifft drwy fynd i rywle arall am ychydig.",
    "Mae llawer o bobl yn aros am amser hir, neu am byth, a'u dewis nhw yw hynny. Dylai cynllun eich helpu chi p'un a ydych chi'n aros neu'n gadael.",
  ],
  "adult.right-now.questions": [
    "Beth sy'n eich poeni fwyaf ar hyn o bryd?",
    "Allwch chi ddweud pryd gallai pethau droi'n dreisgar? Er enghraifft ar ôl yfed, pan ddaw arian i mewn, neu ar ôl i'r teulu ymweld.",
    "Pan fyddwch chi'n synhwyro hynny, oes rhywle arall y gallech chi fynd?",
    "Os byddwch chi'n aros, sut ydych chi'n disgwyl i bethau fod?",
    "Ydych chi'n meddwl y byddai gadael, neu geisio gadael, yn gwneud pethau'n fwy diogel neu'n fwy peryglus? Pam?",
    "Beth sydd eisoes yn eich helpu i ymdopi ac i fod yn fwy diogel?",
  ],
  "adult.right-now.askQuestions": [
    "Beth sy'n eich poeni chi fwyaf ar y funud?",
    "Oes ofn unrhyw un gartref arnoch chi, neu ofn rhywun roeddech chi'n arfer byw gyda nhw?",
    "Os byddwch chi'n aros, beth ydych chi'n meddwl fydd yn digwydd?",
    "Beth ydych chi'n meddwl fyddai'n digwydd petaech chi'n gadael, neu'n ceisio gadael? Fyddai hynny'n helpu, neu'n gwneud pethau'n waeth?",
    "Allwch chi ddweud pryd mae eich partner neu eich cyn-bartner ar fin troi'n dreisgar? Beth ydych chi'n sylwi arno?",
    "Pan fyddwch chi'n synhwyro hyn, allwch chi fynd i rywle arall?",
    "Beth ydych chi'n ei wneud yn barod sy'n eich cadw chi, ac unrhyw blant, yn fwy diogel?",
    "Ydyn nhw erioed wedi eich bygwth chi ag arf, wedi bygwth brifo eich teulu neu'r plant, neu wedi bygwth mynd â'r plant?",
    "Ydyn nhw'n eich rhwystro chi rhag gweld ffrindiau neu deulu, rhag gweithio, rhag astudio, neu rhag cael arian eich hun?",
    "Ydyn nhw'n yfed neu'n defnyddio cyffuriau'n drwm? Sut maen nhw'n ymddwyn bryd hynny?",
    "Ydych chi wedi bod mewn cysylltiad â'r heddlu am hyn o'r blaen?",
  ],
  "adult.right-now.worries.label": "Beth sy'n fy mhoeni fwyaf",
  "adult.right-now.worries.printLabel": "Beth sydd ar fy meddwl",
  "adult.right-now.warning-signs.label": "Arwyddion y gallai pethau droi'n dreisgar",
  "adult.right-now.warning-signs.hint":
    "Er enghraifft yfed, diwrnod cyflog, diwrnod gwael yn y gwaith, ymweliadau gan berthnasau, neu newid mewn hwyliau. Rydych chi'n adnabod yr arwyddion hyn yn well na neb.",
  "adult.right-now.warning-signs.printLabel": "Pethau rydw i'n sylwi arnyn nhw",
  "adult.right-now.living-together.label": "Ydych chi'n byw gyda'r person nawr?",
  "adult.right-now.living-together.hint":
    "Mae hyn yn eich helpu i benderfynu pa rannau o'r cynllun sydd bwysicaf ar hyn o bryd. Mae'r cynllun yn sôn am y ddwy sefyllfa.",
  "adult.right-now.living-together.printLabel": "Rhannu'r tŷ",
  "adult.right-now.if-i-stay.label": "Os bydda i'n aros: beth alla i ei wneud i fod yn fwy diogel",
  "adult.right-now.if-i-stay.hint":
    "Er enghraifft ble gallwch chi fynd pan fydd pethau'n dechrau, pwy gallwch chi eu ffonio, a beth sy'n eich helpu i ddod drwyddi.",
  "adult.right-now.if-i-stay.printLabel": "Syniadau ar gyfer nawr",
  "adult.right-now.if-i-stay.sentence": "Beth alla i ei wneud i fod yn fwy diogel os bydda i'n aros",
  "adult.right-now.if-i-have-left.label":
    "Os ydw i wedi gadael, neu'n bwriadu gadael: beth sy'n fy mhoeni a beth allai helpu",
  "adult.right-now.if-i-have-left.hint":
    "Mae'r risg yn aml yn codi tua'r adeg mae rhywun yn gadael, ac am fisoedd wedyn. Mae'n help cynllunio'r rhan hon yn ofalus, gyda gwasanaeth cymorth os gallwch chi.",
  "adult.right-now.if-i-have-left.printLabel": "Syniadau ar gyfer wedyn",
  "adult.right-now.if-i-have-left.sentence": "Fy mhryderon a beth allai helpu, os bydda i'n gadael",
  "adult.staying-safer-at-home.title": "Bod yn fwy diogel gartref",
  "adult.staying-safer-at-home.printTitle": "Gartref",
  "adult.staying-safer-at-home.help": [
    "Mae'r syniadau hyn ar gyfer adegau pan fydd pethau'n dechrau mynd o chwith gartref. Defnyddiwch y rhai sy'n addas, a newidiwch nhw pan fyddan nhw'n peidio â gweithio.",
    "Os gallwch chi, peidiwch â rhedeg i'r ystafell lle mae eich plant: gallen nhw gael eu brifo hefyd. Yn lle hynny, cytunwch gyda nhw beth fyddan nhw'n ei wneud a ble byddan nhw'n mynd.",
    "Os ydych chi mewn perygl, ffoniwch 999. Os ydych chi'n ffonio o ffôn symudol ac yn methu siarad, gwrandewch ar y gweithredwr. Pwyswch 55 pan ofynnir i chi, a bydd yr alwad yn mynd drwodd i'r heddlu.",
  ],
  "adult.staying-safer-at-home.questions": [
    "Wrth bwy allech chi ddweud, na fyddai'n dweud wrth y person?",
    "Pwy fyddai'n ffonio'r heddlu petaen nhw'n clywed helynt yn dod o'ch cartref?",
    "Ym mha ystafell ydych chi'n teimlo fwyaf diogel? Pa ystafelloedd yw'r rhai mwyaf peryglus?",
    "Oes rhywle y gall eich plant fynd pan fydd pethau'n dechrau?",
    "Ydych chi wedi siarad gyda'ch plant am beth i'w wneud os bydd rhywbeth yn digwydd?",
    "Allai eich plant gysylltu â rhywun sy'n gallu helpu?",
    "Sut gallech chi gadw eich ffôn wedi'i wefru a gyda chi?",
  ],
  "adult.staying-safer-at-home.askQuestions": [
    "Oes rhywun y gallwch chi ymddiried ynddo, a fyddai'n cadw'r peth rhag eich partner neu eich cyn-bartner?",
    "Oes cymydog a allai ffonio'r heddlu petai'n clywed gweiddi neu bethau'n torri?",
    "Ble yn eich cartref ydych chi'n teimlo fwyaf diogel?",
    "Ble yn eich cartref fyddai'r lle mwyaf peryglus i fod petai pethau'n troi'n dreisgar?",
    "Oes rhywle y gall eich plant fynd pan fydd yn digwydd? (Eglurwch pam ei bod yn fwy diogel peidio â rhedeg i ble mae'r plant.)",
    "Ydych chi wedi siarad gyda'ch plant am beth i'w wneud pan fydd rhywbeth yn digwydd: peidio ag ymyrryd, mynd o'r ffordd, a chael help?",
    "Oes gennych chi'r rhifau y byddai eu hangen arnoch chi, fel teulu, ffrindiau, lloches a'r heddlu, rywle y gallwch chi eu cyrraedd? Allai eich plant gysylltu â'r bobl hyn hefyd?",
    "Fyddai gair cod gyda ffrind, cymydog neu eich plant yn eu helpu i wybod pryd i alw am help?",
  ],
  "adult.staying-safer-at-home.people-who-would-call.label":
    "Pobl y galla i ddweud wrthyn nhw, a fyddai'n ffonio'r heddlu petaen nhw'n clywed helynt",
  "adult.staying-safer-at-home.people-who-would-call.hint":
    "Dewiswch bobl na fydd yn dweud wrth y person. Gofynnwch iddyn nhw ffonio 999 os ydyn nhw'n clywed gweiddi, sgrechian neu bethau'n torri yn eich cartref.",
  "adult.staying-safer-at-home.people-who-would-call.printLabel": "Pobl y galla i ofyn iddyn nhw",
  "adult.staying-safer-at-home.people-who-would-call.sentence": "Pobl a fyddai'n ffonio'r heddlu",
  "adult.staying-safer-at-home.if-children-hurt.label": "Os bydd fy mhlant yn cael eu brifo, bydda i'n dweud wrth",
  "adult.staying-safer-at-home.if-children-hurt.printLabel": "Pobl ar gyfer y plant",
  "adult.staying-safer-at-home.if-children-hurt.sentence":
    "Pobl y bydda i'n dweud wrthyn nhw os bydd fy mhlant yn cael eu brifo",
  "adult.staying-safer-at-home.safest-room.label": "Yr ystafell fwyaf diogel i mi",
  "adult.staying-safer-at-home.safest-room.hint":
    "Yn ddelfrydol, ystafell gyda ffordd allan, fel drws i'r tu allan, a dim byd y gellid ei ddefnyddio i'ch brifo.",
  "adult.staying-safer-at-home.safest-room.printLabel": "Ystafell dda",
  "adult.staying-safer-at-home.rooms-to-avoid.label": "Ystafelloedd i'w hosgoi pan fydd pethau'n dechrau",
  "adult.staying-safer-at-home.rooms-to-avoid.hint":
    "Er enghraifft ystafell ymolchi gyda dim ond un ffordd allan, neu gegin, lle gallai cyllyll a phethau eraill gael eu defnyddio fel arfau.",
  "adult.staying-safer-at-home.rooms-to-avoid.printLabel": "Ystafelloedd i'w hosgoi",
  "adult.staying-safer-at-home.code-word.label": "Fy ngair cod",
  "adult.staying-safer-at-home.code-word.hint":
    "Gair neu ymadrodd cyffredin y gallwch chi ei ddweud neu ei decstio, sy'n golygu 'Mae angen help arna i, ffoniwch yr heddlu'.",
  "adult.staying-safer-at-home.code-word.printLabel": "Gair i'w gofio",
  "adult.staying-safer-at-home.code-word-people.label": "Pwy sy'n gwybod fy ngair cod",
  "adult.staying-safer-at-home.code-word-people.printLabel": "Pwy sy'n gwybod y gair",
  "adult.staying-safer-at-home.code-word-people.sentence": "Pobl sy'n gwybod fy ngair cod",
  "adult.staying-safer-at-home.children-plan.label": "Beth fydd fy mhlant yn ei wneud os bydd rhywbeth yn digwydd",
  "adult.staying-safer-at-home.children-plan.hint":
    "Cytunwch ar hyn gyda nhw: peidio â cheisio ymyrryd, a mynd o'r ffordd. Mynd i rywle diogel, a chael help neu ffonio 999 os yw'n ddiogel. Ymarferwch gyda'ch gilydd pan fydd pethau'n dawel.",
  "adult.staying-safer-at-home.children-plan.printLabel": "Nodiadau am y plant",
  "adult.staying-safer-at-home.children-safe-place.label": "Ble bydd fy mhlant yn mynd",
  "adult.staying-safer-at-home.children-safe-place.hint": "Ystafell yn y tŷ, neu gartref cymydog neu ffrind gerllaw.",
  "adult.staying-safer-at-home.children-safe-place.printLabel": "Ble mae'r plant yn mynd",
  "adult.staying-safer-at-home.children-safe-place.sentence": "Ble bydd fy mhlant yn mynd",
  "adult.staying-safer-at-home.phone-plan.label": "Sut bydda i'n cadw fy ffôn wedi'i wefru a gyda fi",
  "adult.staying-safer-at-home.phone-plan.hint":
    "Er enghraifft gwefrydd sbâr yn y gwaith neu gyda ffrind, neu gadw eich ffôn mewn poced yn hytrach nag mewn bag.",
  "adult.staying-safer-at-home.phone-plan.printLabel": "Ffôn a gwefrydd",
  "adult.staying-safer-at-home.escape-routes.label": "Sut byddwn i'n mynd allan",
  "adult.staying-safer-at-home.escape-routes.hint":
    "Meddyliwch am ddrysau, ffenestri, grisiau neu lifftiau, ble mae'r allweddi'n cael eu cadw, a ble byddech chi'n mynd ar ôl mynd allan.",
  "adult.staying-safer-at-home.escape-routes.printLabel": "Drysau a ffenestri",
  "adult.staying-safer-at-home.escape-practised.label": "Rydw i wedi ymarfer mynd allan",
  "adult.staying-safer-at-home.escape-practised.hint":
    "Mae ymarfer pan fydd pethau'n dawel, efallai gyda gweithiwr cymorth, yn ei gwneud hi'n haws gweithredu os ydych chi'n ofnus.",
  "adult.staying-safer-at-home.escape-practised.printLabel": "Wedi gwirio'r drysau",
  "adult.getting-ready-to-leave.title": "Paratoi i adael",
  "adult.getting-ready-to-leave.printTitle": "Lleoedd a phethau",
  "adult.getting-ready-to-leave.help": [
    "Efallai eich bod chi'n bwriadu gadael, neu efallai eich bod chi eisiau cynllun rhag ofn. Mae'r naill neu'r llall yn iawn. Mae'r risg yn aml ar ei huchaf tua'r adeg mae rhywun yn gadael ac am gyfnod wedyn, felly gofynnwch am gymorth gan wasanaeth arbenigol os gallwch chi.",
    "Gall camau bach wneud gwahaniaeth mawr: bag wedi'i gadw yn nhŷ ffrind, copïau o bapurau rywle diogel, ychydig o arian wedi'i roi o'r neilltu. Gall y rhestr o bethau i fynd gyda chi helpu.",
    "Os na all eich plant ddod gyda chi ar unwaith, cynlluniwch ble byddan nhw'n ddiogel. Gall casglu plant gan rywun yn nes ymlaen fod yn beryglus, felly siaradwch am hyn gyda gweithiwr cymorth.",
  ],
  "adult.getting-ready-to-leave.questions": [
    "Ble gallech chi fynd petaech chi'n gadael?",
    "Ble gallai eich plant fynd os na allan nhw ddod gyda chi?",
    "Allai ffrind neu berthynas gadw bag o ddillad sbâr i chi?",
    "Allai rhywun rydych chi'n ymddiried ynddo gadw copïau o'ch papurau? Er enghraifft pasbortau, tystysgrifau geni a llythyrau budd-daliadau.",
    "Sut gallech chi roi ychydig o arian o'r neilltu ar gyfer tocynnau teithio, galwadau, bwyd a noson i ffwrdd?",
    "Oes gweithiwr proffesiynol neu gymydog rydych chi'n ymddiried ynddo, y gallech chi ddweud wrtho?",
    "Beth fyddai'n digwydd i'ch anifeiliaid anwes?",
    "Ydy arian, gwaith, iechyd neu eich statws mewnfudo yn cyfyngu ar eich dewisiadau? Beth fyddai'n helpu?",
  ],
  "adult.getting-ready-to-leave.askQuestions": [
    "Petai'n rhaid i chi adael, ble gallech chi fynd, hyd yn oed am un noson?",
    "Fyddai'n fwy diogel i'ch partner adael y cartref, yn hytrach na chi a'r plant?",
    "Oes ffrind neu aelod o'r teulu a allai gadw bag o ddillad a phethau hanfodol i chi?",
    "Allai unrhyw un arall gadw copïau o'ch papurau pwysig, fel pasbortau, tystysgrifau geni a phapurau budd-daliadau?",
    "Ble mae eich teulu a'ch ffrindiau'n byw? Pa gymorth sydd ar gael yn agos i ble gallech chi fynd?",
    "Pa arian allwch chi ei gael? Oes gennych chi incwm, cynilion, neu hanes o weithio?",
    "Ydy eich partner yn rheoli eich arian, neu'n cymryd eich budd-daliadau neu eich lwfansau?",
    "Ydy eich iechyd corfforol neu feddyliol yn cyfyngu ar eich dewisiadau? Pa feddyginiaeth sydd ei hangen arnoch chi a'r plant?",
    "Sut mae gwasanaethau fel yr heddlu, tai neu ofal cymdeithasol wedi eich trin chi yn y gorffennol?",
    "Oes anifeiliaid anwes a allai fod mewn perygl os na allan nhw adael gyda chi?",
    "Ydy eich statws mewnfudo yn eich poeni? Hoffech chi help i gael cyngor arbenigol ar fewnfudo?",
    "Hoffech chi i ni gadw copïau o'ch dogfennau, neu o'r cynllun hwn, yma i chi?",
  ],
  "adult.getting-ready-to-leave.places-to-go.label": "Lleoedd y gallwn i fynd iddyn nhw",
  "adult.getting-ready-to-leave.places-to-go.hint":
    "Hyd at bedwar: teulu, ffrindiau, lloches, neu unrhyw le diogel arall. Meddyliwch sut byddech chi'n cyrraedd yno ar unrhyw adeg o'r dydd neu'r nos.",
  "adult.getting-ready-to-leave.places-to-go.printLabel": "Lleoedd",
  "adult.getting-ready-to-leave.places-to-go.sentence": "Lleoedd y gallwn i fynd iddyn nhw",
  "adult.getting-ready-to-leave.children-place.label": "Lle diogel i fy mhlant os na allan nhw ddod gyda fi",
  "adult.getting-ready-to-leave.children-place.printLabel": "Lle i'r plant",
  "adult.getting-ready-to-leave.children-place.sentence": "Lle diogel i fy mhlant",
  "adult.getting-ready-to-leave.money-set-aside.label":
    "Arian ar gyfer tocynnau teithio, galwadau ffôn, bwyd a noson i ffwrdd",
  "adult.getting-ready-to-leave.money-set-aside.hint":
    "Faint allai fod ei angen arnoch chi, a ble gallech chi ei gadw'n ddiogel. Mae hyd yn oed swm bach yn help.",
  "adult.getting-ready-to-leave.money-set-aside.printLabel": "Arian",
  "adult.getting-ready-to-leave.things-kept-safe.label":
    "Ble galla i adael arian, allweddi sbâr, dillad a chopïau o fy mhapurau",
  "adult.getting-ready-to-leave.things-kept-safe.hint":
    "Gyda rhywun rydych chi'n ymddiried ynddo, yn y gwaith, neu gyda gwasanaeth cymorth.",
  "adult.getting-ready-to-leave.things-kept-safe.printLabel": "Ble mae pethau'n cael eu cadw",
  "adult.getting-ready-to-leave.professional-or-neighbour.label":
    "Gweithiwr proffesiynol neu gymydog y galla i ddweud wrtho",
  "adult.getting-ready-to-leave.professional-or-neighbour.printLabel": "Pobl",
  "adult.getting-ready-to-leave.professional-or-neighbour.sentence":
    "Gweithiwr proffesiynol neu gymydog y galla i ddweud wrtho",
  "adult.getting-ready-to-leave.pets.label": "Fy anifeiliaid anwes",
  "adult.getting-ready-to-leave.pets.hint":
    "Pwy allai ofalu amdanyn nhw, a sut byddech chi'n mynd â nhw gyda chi neu'n eu casglu'n ddiogel.",
  "adult.getting-ready-to-leave.pets.printLabel": "Anifeiliaid anwes",
  "adult.getting-ready-to-leave.immigration.label": "Fy statws mewnfudo",
  "adult.getting-ready-to-leave.immigration.hint":
    "Os yw eich hawl i aros yn y DU yn dibynnu ar eich partner, gofynnwch am gyngor arbenigol. Efallai fod ffyrdd o aros yn eich hawl eich hun, a gall gweithiwr cymorth eich helpu i ddod o hyd i'r cyngor hwnnw.",
  "adult.getting-ready-to-leave.immigration.printLabel": "Fisa a phapurau",
  "adult.getting-ready-to-leave.money-benefits-work.label": "Arian, budd-daliadau a gwaith",
  "adult.getting-ready-to-leave.money-benefits-work.hint":
    "Er enghraifft cyfrif banc eich hun, budd-daliadau sy'n cael eu talu i chi, cynilion a dyledion. Hefyd beth fyddai ei angen arnoch chi i gadw swydd neu i gael un.",
  "adult.getting-ready-to-leave.money-benefits-work.printLabel": "Arian a gwaith",
  "adult.getting-ready-to-leave.health.label": "Fy iechyd a fy meddyginiaeth",
  "adult.getting-ready-to-leave.health.hint":
    "Y feddyginiaeth sydd ei hangen arnoch chi neu eich plant, presgripsiynau ac apwyntiadau. Hefyd unrhyw beth am eich iechyd sy'n effeithio ar eich cynllun.",
  "adult.getting-ready-to-leave.health.printLabel": "Iechyd",
  "adult.after-leaving.title": "Ar ôl gadael",
  "adult.after-leaving.printTitle": "Yn nes ymlaen",
  "adult.after-leaving.help": [
    "Dydy gadael ddim bob amser yn rhoi diwedd ar y perygl. I lawer o bobl, yr wythnosau a'r misoedd ar ôl gadael yw'r adeg fwyaf peryglus. Felly daliwch ati i ddefnyddio eich cynllun, a chadwch mewn cysylltiad â chymorth.",
    "Efallai y gallwch chi aros yn eich cartref gyda diogelwch ychwanegol. Mae gan lawer o ardaloedd gynllun noddfa (Sanctuary Scheme), sy'n gallu gosod drysau, cloeon a larymau cryfach. Gofynnwch i'ch gwasanaeth cam-drin domestig lleol neu i'ch cyngor.",
    "Mae gweld eisiau'r person, neu deimlo fel mynd yn ôl, yn gyffredin iawn. Nid methiant yw hynny. Cynlluniwch gyda phwy gallech chi siarad os ydych chi'n teimlo felly.",
  ],
  "adult.after-leaving.questions": [
    "Pwy sydd angen gwybod nad yw'r person yn byw gyda chi mwyach?",
    "Pwy sy'n cael casglu eich plant o'r ysgol neu o'r gofal plant?",
    "Wrth bwy yn y gwaith allech chi ddweud, ac allai rhywun sgrinio eich galwadau?",
    "Pa siopau, banciau a lleoedd eraill roeddech chi'n eu defnyddio y gallech chi eu hosgoi nawr?",
    "Pwy allech chi ei ffonio os ydych chi'n teimlo'n isel neu'n meddwl am fynd yn ôl?",
  ],
  "adult.after-leaving.askQuestions": [
    "Hoffech chi help i newid y cloeon neu i gael diogelwch ychwanegol, fel atgyfeiriad at gynllun noddfa (Sanctuary Scheme)?",
    "Pwy allech chi roi gwybod iddyn nhw fod eich cyn-bartner wedi symud allan, er mwyn iddyn nhw ffonio'r heddlu os ydyn nhw'n ei weld yn agos atoch chi neu'r plant?",
    "Pwy sydd â chaniatâd i gasglu eich plant? Ydy'r ysgol a'r gofal plant yn gwybod?",
    "Oes unrhyw un yn y gwaith y gallech chi ddweud wrtho? Allai rhywun sgrinio eich galwadau neu eich ymwelwyr?",
    "Oes lleoedd roeddech chi'n arfer mynd iddyn nhw y mae eich cyn-bartner yn gwybod amdanyn nhw?",
    "Allai trefniadau cyswllt ar gyfer y plant helpu eich cyn-bartner i ddod o hyd i chi? Ydy'r risg o'r cyswllt wedi cael ei hasesu?",
    "Os ydych chi'n teimlo'n isel neu'n barod i fynd yn ôl, pwy allwch chi ei ffonio am gymorth?",
  ],
  "adult.after-leaving.home-security.label": "Gwneud fy nghartref yn fwy diogel",
  "adult.after-leaving.home-security.hint":
    "Er enghraifft newid y cloeon, drysau cryfach, larymau mwg, goleuadau y tu allan neu system ddiogelwch. Efallai y gall cynllun noddfa (Sanctuary Scheme) helpu.",
  "adult.after-leaving.home-security.printLabel": "Drysau a chloeon",
  "adult.after-leaving.people-to-inform.label":
    "Pobl y bydda i'n dweud wrthyn nhw nad yw'r person yn byw gyda fi mwyach",
  "adult.after-leaving.people-to-inform.hint":
    "Gallan nhw ffonio'r heddlu os ydyn nhw'n gweld y person yn agos at eich cartref neu eich plant.",
  "adult.after-leaving.people-to-inform.printLabel": "Pobl i ddweud wrthyn nhw",
  "adult.after-leaving.people-to-inform.sentence": "Pobl y bydda i'n dweud wrthyn nhw",
  "adult.after-leaving.collect-children.label": "Pobl sy'n cael casglu fy mhlant",
  "adult.after-leaving.collect-children.hint":
    "Dywedwch wrth yr ysgol, y feithrinfa neu'r gwarchodwr plant, ac wrth eich plant, pwy sydd â chaniatâd i'w casglu.",
  "adult.after-leaving.collect-children.printLabel": "Casglu o'r ysgol",
  "adult.after-leaving.collect-children.sentence": "Pobl sy'n cael casglu fy mhlant",
  "adult.after-leaving.hide-my-number.label":
    "Pan fydda i'n ffonio o linell dir, galla i ddeialu 141 yn gyntaf er mwyn cuddio fy rhif.",
  "adult.after-leaving.hide-my-number.printLabel": "Gosodiadau'r ffôn",
  "adult.after-leaving.hide-my-number.agreeText": "Bydda i'n cofio hyn",
  "adult.after-leaving.work.label": "Yn y gwaith",
  "adult.after-leaving.work.hint":
    "Wrth bwy gallech chi ddweud, a allai rhywun sgrinio eich galwadau neu eich ymwelwyr, a ffordd fwy diogel o deithio i'r gwaith ac adref.",
  "adult.after-leaving.work.printLabel": "Gwaith",
  "adult.after-leaving.places-to-avoid.label": "Lleoedd roeddwn i'n arfer mynd iddyn nhw y bydda i'n eu hosgoi",
  "adult.after-leaving.places-to-avoid.hint":
    "Siopau, banciau, campfa, man addoli, llwybr roeddech chi'n arfer ei gymryd: unrhyw le mae'r person yn gwybod eich bod chi'n mynd.",
  "adult.after-leaving.places-to-avoid.printLabel": "Lleoedd i'w hosgoi",
  "adult.after-leaving.places-to-avoid.sentence": "Lleoedd y bydda i'n eu hosgoi",
  "adult.after-leaving.if-i-think-of-going-back.label":
    "Os bydda i'n teimlo'n isel neu'n meddwl am fynd yn ôl, galla i ffonio",
  "adult.after-leaving.if-i-think-of-going-back.printLabel": "Pobl i'w ffonio am sgwrs",
  "adult.after-leaving.if-i-think-of-going-back.sentence": "Pobl y galla i eu ffonio os bydda i'n teimlo'n isel",
  "adult.important-numbers.title": "Rhifau pwysig",
  "adult.important-numbers.printTitle": "Rhifau",
  "adult.important-numbers.help": [
    "Mae rhifau brys a llinellau cymorth i'w gweld uchod. Ychwanegwch eich pobl eich hun isod: ffrindiau, teulu, gweithiwr cymorth, ysgol eich plant.",
    "Meddyliwch ble rydych chi'n cadw rhifau. Os oes rhywun yn edrych ar eich ffôn, gallech chi ddysgu rhai ar eich cof, neu eu cadw rywle diogel i ffwrdd o'r cartref.",
  ],
  "adult.important-numbers.questions": [
    "Pa rifau fyddai eu hangen arnoch chi ar frys?",
    "Allai eich plant gysylltu â'r bobl hyn?",
    "Ydy hi'n ddiogel cadw'r rhifau hyn yn eich ffôn?",
  ],
  "adult.important-numbers.askQuestions": [
    "Oes gennych chi'r rhifau sydd eu hangen arnoch chi wrth law: teulu, ffrindiau, lloches, yr heddlu?",
    "Allai eich plant gael gafael ar y bobl hyn petai angen?",
    "Hoffech chi fanylion gwasanaethau lleol, neu i ni gadw copi o'r rhifau hyn i chi?",
  ],
  "adult.important-numbers.my-numbers.label": "Fy mhobl a fy rhifau fy hun",
  "adult.important-numbers.my-numbers.printLabel": "Pobl a rhifau",
  "adult.important-numbers.my-numbers.sentence": "Fy mhobl fy hun",
  "adult.review.title": "Adolygu",
  "adult.review.printTitle": "Dyddiadau",
  "adult.review.help": [
    "Mae pethau'n newid, ac efallai na fydd cynllun a weithiodd fis diwethaf yn addas nawr. Edrychwch arno eto pryd bynnag y bydd rhywbeth yn newid.",
    "Edrychwch arno eto pan fyddwch chi'n symud tŷ, neu'n cael dyddiad llys neu fabi newydd. Edrychwch arno hefyd pan fydd y trefniadau cyswllt â'r plant yn newid, neu pan fydd y person yn cysylltu â chi.",
  ],
  "adult.review.questions": [
    "Beth sydd wedi newid ers i chi edrych ar y cynllun hwn ddiwethaf?",
    "Oes unrhyw beth sydd ddim yn gweithio mwyach?",
  ],
  "adult.review.askQuestions": [
    "Beth sydd wedi newid ers i ni edrych ar y cynllun ddiwethaf?",
    "Oes rhywbeth wedi digwydd sy'n gwneud i chi deimlo'n llai diogel?",
    "Pryd edrychwn ni ar y cynllun gyda'n gilydd eto?",
  ],
  "adult.review.review-date.label": "Pryd bydda i'n edrych ar y cynllun hwn eto",
  "adult.review.review-date.hint":
    "Dewiswch ddyddiad. Edrychwch yn gynt os bydd rhywbeth yn newid, fel symud tŷ, dyddiad llys, neu'r person yn cysylltu â chi.",
  "adult.review.review-date.printLabel": "Edrych eto ar",
};
