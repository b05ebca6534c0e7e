import type { tailoring as en } from "../../en/ui/tailoring";
import type { Translation } from "../../types";

/**
 * The Welsh words of the tailored plan (src/core/tailoring/): what applies to me, my priorities,
 * the library of strategies, signs of danger, the device check and the short "go now" screen.
 * Adults are "chi". Written carefully, not yet reviewed by a fluent speaker.
 *
 * For translators:
 * - tailoring.strategy.<id>.printLabel goes on a discreet printout: a plain household phrase
 *   that says nothing about what the paper is for (no gadael, cuddio, perygl, heddlu, llys…).
 * - tailoring.reason.* complete "Wedi'i awgrymu oherwydd…" ("i chi ddweud…", "bod…"), and are
 *   joined by tailoring.ui.ideas.and ("a", "ac" before a vowel), so each stands alone: keep them short and free of judgement.
 * - No phone numbers here except 999 and 55: services' numbers come from the verified list.
 */
export const tailoring: Translation<typeof en> = {
  // What applies to me: the questions.
  "tailoring.situation.who.title": "Pwy sy'n eich brifo chi neu'n codi ofn arnoch chi?",
  "tailoring.situation.who.hint": "Dewiswch unrhyw rai sy'n addas.",
  "tailoring.situation.abuser-partner.label": "Partner",
  "tailoring.situation.abuser-ex.label": "Cyn-bartner",
  "tailoring.situation.abuser-family.label":
    "Aelod o'r teulu, fel rhiant, plentyn sydd wedi tyfu i fyny, neu rywun o deulu eich partner",
  "tailoring.situation.where-now.title": "Beth yw eich sefyllfa chi nawr?",
  "tailoring.situation.where-now.hint":
    "Does dim ateb cywir. Mae llawer o bobl yn aros am amser hir, a dylai cynllun helpu beth bynnag rydych chi'n ei benderfynu.",
  "tailoring.situation.staying.label": "Rydw i'n byw gyda nhw, neu'n eu gweld nhw'n aml",
  "tailoring.situation.thinking-leaving.label": "Rydw i'n meddwl am adael",
  "tailoring.situation.left.label": "Rydw i wedi gadael yn barod",
  "tailoring.situation.children.title": "Oes gennych chi blant?",
  "tailoring.situation.children.hint": "Dewiswch bob oed sy'n addas.",
  "tailoring.situation.child-under-5.label": "Plentyn dan 5 oed",
  "tailoring.situation.child-5-11.label": "Plentyn rhwng 5 ac 11 oed",
  "tailoring.situation.child-12-17.label": "Plentyn rhwng 12 a 17 oed",
  "tailoring.situation.child-contact.label": "Mae'r rhiant arall yn gweld y plant, neu eisiau eu gweld",
  "tailoring.situation.pregnancy.title": "Ydych chi'n feichiog, neu oes gennych chi fabi?",
  "tailoring.situation.pregnant.label": "Rydw i'n feichiog",
  "tailoring.situation.baby-under-one.label": "Mae gen i fabi dan flwydd oed",
  "tailoring.situation.pets.title": "Oes gennych chi anifeiliaid anwes?",
  "tailoring.situation.pets.label": "Mae gen i anifail anwes, neu fwy nag un",
  "tailoring.situation.money.title": "Arian",
  "tailoring.situation.money.hint": "Mae rheoli arian yn fath o gam-drin hefyd.",
  "tailoring.situation.money-controlled.label": "Nhw sy'n rheoli'r arian, neu maen nhw'n gwirio beth rydw i'n ei wario",
  "tailoring.situation.joint-money.label": "Mae gennym ni gyfrifon banc, benthyciadau neu ddyledion ar y cyd",
  "tailoring.situation.no-own-money.label": "Does gen i ddim arian fy hun",
  "tailoring.situation.home.title": "Eich cartref",
  "tailoring.situation.home-joint.label": "Rydyn ni'n rhentu ein cartref, neu'n berchen arno, gyda'n gilydd",
  "tailoring.situation.home-theirs.label": "Mae'r cartref yn eu henw nhw",
  "tailoring.situation.home-mine.label": "Mae'r cartref yn fy enw i",
  "tailoring.situation.immigration.title": "Eich fisa a'ch iaith",
  "tailoring.situation.immigration.hint": "Mae hyn yn aros yn eich cynllun. Dydy'r wefan byth yn ei anfon i unman.",
  "tailoring.situation.partner-visa.label": "Mae fy fisa yn dibynnu ar fy mhartner",
  "tailoring.situation.nrpf.label": 'Mae fy fisa yn dweud "no recourse to public funds" (dim hawl i arian cyhoeddus)',
  "tailoring.situation.status-unsure.label": "Dydw i ddim yn siŵr am fy statws mewnfudo",
  "tailoring.situation.need-interpreter.label": "Hoffwn i gael help mewn iaith arall",
  "tailoring.situation.health.title": "Iechyd a gofal",
  "tailoring.situation.disability.label": "Mae gen i anabledd",
  "tailoring.situation.health-medicines.label": "Mae gen i salwch, neu rydw i'n cymryd meddyginiaeth bob dydd",
  "tailoring.situation.abuser-carer.label": "Y person sy'n fy mrifo i yw fy ngofalwr hefyd",
  "tailoring.situation.i-care-for.label": "Rydw i'n gofalu am rywun arall",
  "tailoring.situation.technology.title": "Ffonau, cyfrifiaduron a chael eich dilyn",
  "tailoring.situation.tech-monitoring.label": "Maen nhw'n gwirio fy ffôn, fy negeseuon, fy nghyfrifon neu ble rydw i",
  "tailoring.situation.stalking.label": "Maen nhw'n fy nilyn i, yn troi i fyny, neu'n cysylltu â fi o hyd",
  "tailoring.situation.honour.title": "Teulu a chymuned",
  "tailoring.situation.honour.label":
    'Mae fy nheulu neu fy nghymuned yn rhoi pwysau arna i am "anrhydedd" neu gywilydd',
  "tailoring.situation.forced-marriage.label": "Mae rhywun yn fy ngorfodi i briodi, neu wedi fy ngorfodi i briodi",
  "tailoring.situation.about-me.title": "Amdanoch chi",
  "tailoring.situation.about-me.hint": "Mae rhai gwasanaethau yno i bobl fel chi.",
  "tailoring.situation.lgbt.label": "Rydw i'n lesbiad, yn hoyw, yn ddeurywiol, yn draws neu'n cwiar",
  "tailoring.situation.man.label": "Dyn ydw i",
  "tailoring.situation.older.label": "Rydw i'n 60 oed neu'n hŷn",
  "tailoring.situation.getting-help.title": "Cael help",
  "tailoring.situation.no-transport.label": "Does gen i ddim car, ac ychydig o arian sydd gen i i deithio",
  "tailoring.situation.far-from-help.label": "Rydw i'n byw yn bell o bobl eraill neu o help",

  // Why a strategy is suggested: each completes "Wedi'i awgrymu oherwydd…".
  "tailoring.reason.situation.abuser-partner": "i chi ddweud bod partner yn eich brifo",
  "tailoring.reason.situation.abuser-ex": "i chi ddweud bod cyn-bartner yn eich brifo",
  "tailoring.reason.situation.abuser-family": "i chi ddweud bod aelod o'r teulu yn eich brifo",
  "tailoring.reason.situation.staying": "i chi ddweud eich bod chi'n byw gyda nhw neu'n eu gweld nhw'n aml",
  "tailoring.reason.situation.thinking-leaving": "i chi ddweud eich bod chi'n meddwl am adael",
  "tailoring.reason.situation.left": "i chi ddweud eich bod chi wedi gadael yn barod",
  "tailoring.reason.situation.child-under-5": "i chi ddweud bod gennych chi blentyn dan 5 oed",
  "tailoring.reason.situation.child-5-11": "i chi ddweud bod gennych chi blentyn rhwng 5 ac 11 oed",
  "tailoring.reason.situation.child-12-17": "i chi ddweud bod gennych chi blentyn rhwng 12 a 17 oed",
  "tailoring.reason.situation.child-contact": "i chi ddweud bod y rhiant arall yn gweld y plant, neu eisiau eu gweld",
  "tailoring.reason.situation.pregnant": "i chi ddweud eich bod chi'n feichiog",
  "tailoring.reason.situation.baby-under-one": "i chi ddweud bod gennych chi fabi",
  "tailoring.reason.situation.pets": "i chi ddweud bod gennych chi anifail anwes",
  "tailoring.reason.situation.money-controlled": "i chi ddweud mai nhw sy'n rheoli'r arian",
  "tailoring.reason.situation.joint-money": "i chi ddweud bod gennych chi gyfrifon neu ddyledion ar y cyd",
  "tailoring.reason.situation.no-own-money": "i chi ddweud nad oes gennych chi arian eich hun",
  "tailoring.reason.situation.home-joint":
    "i chi ddweud eich bod chi'n rhentu eich cartref, neu'n berchen arno, gyda'ch gilydd",
  "tailoring.reason.situation.home-theirs": "i chi ddweud bod y cartref yn eu henw nhw",
  "tailoring.reason.situation.home-mine": "i chi ddweud bod y cartref yn eich enw chi",
  "tailoring.reason.situation.partner-visa": "i chi ddweud bod eich fisa yn dibynnu ar eich partner",
  "tailoring.reason.situation.nrpf": "i chi ddweud nad yw eich fisa yn rhoi hawl i chi gael arian cyhoeddus",
  "tailoring.reason.situation.status-unsure": "i chi ddweud nad ydych chi'n siŵr am eich statws mewnfudo",
  "tailoring.reason.situation.need-interpreter": "i chi ddweud yr hoffech chi gael help mewn iaith arall",
  "tailoring.reason.situation.disability": "i chi ddweud bod gennych chi anabledd",
  "tailoring.reason.situation.health-medicines":
    "i chi ddweud bod gennych chi salwch neu eich bod chi'n cymryd meddyginiaeth",
  "tailoring.reason.situation.abuser-carer": "i chi ddweud mai'r person sy'n eich brifo yw eich gofalwr hefyd",
  "tailoring.reason.situation.i-care-for": "i chi ddweud eich bod chi'n gofalu am rywun arall",
  "tailoring.reason.situation.tech-monitoring": "i chi ddweud eu bod nhw'n gwirio eich ffôn neu ble rydych chi",
  "tailoring.reason.situation.stalking": "i chi ddweud eu bod nhw'n eich dilyn neu'n cysylltu â chi o hyd",
  "tailoring.reason.situation.honour": "i chi ddweud bod eich teulu neu eich cymuned yn rhoi pwysau arnoch chi",
  "tailoring.reason.situation.forced-marriage": "i chi ddweud bod rhywun yn eich gorfodi i briodi",
  "tailoring.reason.situation.lgbt": "i chi ddweud eich bod chi'n LHDTC+",
  "tailoring.reason.situation.man": "i chi ddweud mai dyn ydych chi",
  "tailoring.reason.situation.older": "i chi ddweud eich bod chi'n 60 oed neu'n hŷn",
  "tailoring.reason.situation.no-transport": "i chi ddweud bod teithio'n anodd i chi",
  "tailoring.reason.situation.far-from-help": "i chi ddweud eich bod chi'n byw yn bell o help",
  "tailoring.reason.priority.own-safety": "bod eich diogelwch eich hun yn un o'r pethau pwysicaf i chi",
  "tailoring.reason.priority.children": "bod eich plant yn un o'r pethau pwysicaf i chi",
  "tailoring.reason.priority.money-home": "bod arian a chartref ymhlith y pethau pwysicaf i chi",
  "tailoring.reason.priority.privacy": "bod preifatrwydd yn un o'r pethau pwysicaf i chi",
  "tailoring.reason.priority.partner-feelings": "bod eich teimladau tuag at y person yn bwysig i chi",
  "tailoring.reason.priority.own-words": "i chi ychwanegu rhywbeth eich hun sy'n bwysig i chi",

  // My priorities.
  "tailoring.priority.own-safety.label": "Fy niogelwch fy hun",
  "tailoring.priority.own-safety.hint": "Peidio â chael fy mrifo, a theimlo'n fwy diogel o ddydd i ddydd.",
  "tailoring.priority.children.label": "Fy mhlant",
  "tailoring.priority.children.hint": "Eu diogelwch, eu hapusrwydd, a chael aros gyda nhw.",
  "tailoring.priority.money-home.label": "Arian a chartref",
  "tailoring.priority.money-home.hint": "Digon i fyw arno, a rhywle i fyw.",
  "tailoring.priority.privacy.label": "Preifatrwydd",
  "tailoring.priority.privacy.hint": "Cadw'r hyn sy'n digwydd i mi fy hun, a dewis pwy sy'n cael gwybod.",
  "tailoring.priority.partner-feelings.label": "Fy nheimladau tuag at y person",
  "tailoring.priority.partner-feelings.hint":
    "Mae llawer o bobl yn dal i falio am y person sy'n eu brifo. Mae hynny'n normal.",
  "tailoring.priority.own-words.label": "Rhywbeth arall",
  "tailoring.priority.own-words.hint": "Yn eich geiriau eich hun.",

  // Categories of strategies.
  "tailoring.category.first-hours.title": "Os bydd rhywbeth yn digwydd",
  "tailoring.category.home.title": "Mwy diogel gartref",
  "tailoring.category.leaving.title": "Os byddwch chi'n penderfynu gadael",
  "tailoring.category.after-leaving.title": "Ar ôl gadael",
  "tailoring.category.money.title": "Arian",
  "tailoring.category.children.title": "Plant",
  "tailoring.category.pets.title": "Anifeiliaid anwes",
  "tailoring.category.immigration.title": "Fisâu a mewnfudo",
  "tailoring.category.health-care.title": "Iechyd, anabledd a gofal",
  "tailoring.category.technology.title": "Ffonau, cyfrifiaduron a chael eich dilyn",
  "tailoring.category.honour.title": "Teulu, anrhydedd a phriodas",
  "tailoring.category.support.title": "Pobl a gwasanaethau sydd ar eich ochr chi",
  "tailoring.category.legal.title": "Y gyfraith",
  "tailoring.category.wellbeing.title": "Gofalu amdanoch chi eich hun",
  "tailoring.category.getting-help.title": "Pan fydd help yn bell i ffwrdd",

  // The strategies. what: the thing to do; why: why it helps; how: short steps.
  "tailoring.strategy.phone-999.title": "Ffoniwch 999 os ydych chi mewn perygl",
  "tailoring.strategy.phone-999.what":
    "Os ydych chi, neu unrhyw un arall, mewn perygl ar hyn o bryd, ffoniwch 999 a gofynnwch am yr heddlu.",
  "tailoring.strategy.phone-999.why":
    "Gall yr heddlu ddod yn gyflym. Does dim rhaid i chi fod yn siŵr ei fod yn ddigon difrifol.",
  "tailoring.strategy.phone-999.how": [
    "Dywedwch ble rydych chi yn gyntaf, wedyn beth sy'n digwydd.",
    "Os gallwch chi, arhoswch ar y lein nes i help gyrraedd.",
  ],
  "tailoring.strategy.phone-999.printLabel": "Rhif pwysig",
  "tailoring.strategy.silent-call.title": "Os na allwch chi siarad ar y ffôn",
  "tailoring.strategy.silent-call.what":
    "Ar ffôn symudol, ffoniwch 999. Os na allwch chi siarad, pwyswch 55 pan fydd y gweithredwr yn gofyn.",
  "tailoring.strategy.silent-call.why":
    "Mae pwyso 55 yn dweud wrth y gweithredwr fod hyn yn argyfwng go iawn, ac maen nhw'n eich trosglwyddo i'r heddlu.",
  "tailoring.strategy.silent-call.how": [
    "Deialwch 999 a gwrandewch.",
    "Os na allwch chi siarad, pesychwch neu tapiwch y ffôn os gallwch chi, wedyn pwyswch 55 pan fyddan nhw'n gofyn i chi.",
    "O linell dir, arhoswch ar y lein hyd yn oed os na allwch chi siarad.",
  ],
  "tailoring.strategy.silent-call.printLabel": "Cyngor ffôn",
  "tailoring.strategy.code-word.title": "Cytunwch ar air cod",
  "tailoring.strategy.code-word.what":
    "Cytunwch ar air neu neges fer gyda rhywun rydych chi'n ymddiried ynddo. Pan fyddan nhw'n ei gael, byddan nhw'n ffonio 999 i chi.",
  "tailoring.strategy.code-word.why":
    "Efallai na allwch chi ffonio eich hun, ond gall neges destun sy'n edrych yn gyffredin gael help.",
  "tailoring.strategy.code-word.how": [
    "Dewiswch air na fyddai'n edrych yn od mewn neges.",
    "Cytunwch yn union beth fydd y person yn ei wneud pan fydd yn ei gael.",
    'Ysgrifennwch y gair yn y rhan "Fy ngair cod" o\'ch cynllun.',
  ],
  "tailoring.strategy.code-word.printLabel": "Gair gyda ffrind",
  "tailoring.strategy.ready-bag.title": "Cadwch fag bach yn barod",
  "tailoring.strategy.ready-bag.what":
    "Rhowch y pethau y byddai eu hangen arnoch chi ar frys mewn bag. Cadwch e rywle lle na fydd y person yn dod o hyd iddo, neu gyda rhywun rydych chi'n ymddiried ynddo.",
  "tailoring.strategy.ready-bag.why": "Os oes rhaid i chi fynd yn gyflym, fydd dim amser i chwilio am bethau.",
  "tailoring.strategy.ready-bag.how": [
    "Dechreuwch gydag allweddi, arian, cardiau banc, meddyginiaeth a gwefrydd ffôn.",
    "Ychwanegwch gopïau o'ch dogfennau pan allwch chi.",
    "Defnyddiwch y rhestr o bethau i fynd gyda chi i gadw golwg.",
  ],
  "tailoring.strategy.ready-bag.printLabel": "Bag sbâr",
  "tailoring.strategy.after-an-attack.title": "Ar ôl i chi gael eich brifo",
  "tailoring.strategy.after-an-attack.what":
    "Ewch i gael help meddygol, hyd yn oed os yw'r anaf yn edrych yn fach, a chadwch gofnod o'r hyn a ddigwyddodd.",
  "tailoring.strategy.after-an-attack.why":
    "Mae rhai anafiadau'n waeth nag maen nhw'n edrych. Gall cofnod sydd wedi'i wneud ar y pryd eich helpu yn nes ymlaen, beth bynnag rydych chi'n ei benderfynu.",
  "tailoring.strategy.after-an-attack.how": [
    "Ewch at eich meddyg teulu, i ganolfan galw i mewn neu i'r Adran Achosion Brys, neu ffoniwch 999 os yw'n ddifrifol.",
    "Dywedwch wrth y meddyg neu'r nyrs beth ddigwyddodd. Gallan nhw ei ysgrifennu.",
    "Os yw'n ddiogel, tynnwch luniau o'r anafiadau a'u cadw rywle lle na all y person eu gweld.",
  ],
  "tailoring.strategy.after-an-attack.printLabel": "Ymweld â'r meddyg",
  "tailoring.strategy.talk-to-helpline.title": "Siaradwch â llinell gymorth",
  "tailoring.strategy.talk-to-helpline.what":
    "Ffoniwch eich llinell gymorth genedlaethol. Mae am ddim, a does dim rhaid i chi roi eich enw.",
  "tailoring.strategy.talk-to-helpline.why":
    "Maen nhw'n siarad â phobl yn eich sefyllfa chi bob dydd. Gallan nhw eich helpu i feddwl am eich dewisiadau, a dod o hyd i loches neu gymorth lleol.",
  "tailoring.strategy.talk-to-helpline.how": [
    "Ffoniwch pan nad yw'r person o gwmpas, o ffôn nad ydyn nhw'n ei wirio.",
    "Mae'n iawn ffonio dim ond i siarad. Does dim rhaid i chi benderfynu dim byd.",
  ],
  "tailoring.strategy.talk-to-helpline.printLabel": "Galwad ffôn",

  "tailoring.strategy.warning-signs.title": "Sylwch ar yr arwyddion rhybudd",
  "tailoring.strategy.warning-signs.what":
    "Meddyliwch am beth sydd fel arfer yn digwydd cyn i bethau waethygu. Er enghraifft yfed, poeni am arian neu ymweliad gan y teulu.",
  "tailoring.strategy.warning-signs.why":
    "Gall sylwi ar yr arwyddion yn gynnar roi amser i chi fynd i rywle arall am ychydig, neu i gael y plant o'r ffordd.",
  "tailoring.strategy.warning-signs.how": [
    "Ysgrifennwch yn eich cynllun yr arwyddion rydych chi'n sylwi arnyn nhw.",
    "Penderfynwch ble gallech chi fynd pan fyddwch chi'n eu gweld.",
  ],
  "tailoring.strategy.warning-signs.printLabel": "Pethau i sylwi arnyn nhw",
  "tailoring.strategy.safer-rooms.title": "Meddyliwch am y lleoedd mwy diogel yn eich cartref",
  "tailoring.strategy.safer-rooms.what": "Os bydd ffrae'n dechrau, ceisiwch symud i ystafell gyda ffordd allan a ffôn.",
  "tailoring.strategy.safer-rooms.why":
    "Mae gan geginau, ystafelloedd ymolchi a garejys arwynebau caled a phethau y gellid eu defnyddio i'ch brifo, a gall ystafelloedd bach eich dal yn gaeth.",
  "tailoring.strategy.safer-rooms.how": [
    "Dewiswch ystafell gyda drws neu ffenest y gallwch chi fynd allan drwyddi.",
    "Cadwch draw o'r gegin ac o ben y grisiau.",
  ],
  "tailoring.strategy.safer-rooms.printLabel": "Ystafelloedd",
  "tailoring.strategy.neighbour-signal.title": "Gofynnwch i gymydog alw am help",
  "tailoring.strategy.neighbour-signal.what":
    "Os ydych chi'n ymddiried mewn cymydog, gofynnwch iddyn nhw ffonio 999 os ydyn nhw'n clywed gweiddi neu ymladd.",
  "tailoring.strategy.neighbour-signal.why": "Gall help ddod hyd yn oed pan na allwch chi gyrraedd ffôn.",
  "tailoring.strategy.neighbour-signal.how": [
    "Cytunwch ar arwydd, fel golau wedi'i adael ymlaen neu len wedi'i chau.",
    "Gofynnwch iddyn nhw beidio byth â dod i mewn eu hunain, dim ond ffonio.",
  ],
  "tailoring.strategy.neighbour-signal.printLabel": "Cymydog",
  "tailoring.strategy.phone-charged.title": "Cadwch ffôn wedi'i wefru ac yn agos",
  "tailoring.strategy.phone-charged.what":
    "Cadwch eich ffôn wedi'i wefru a gyda chi. Gall hen ffôn symudol heb gontract ffonio 999 o hyd.",
  "tailoring.strategy.phone-charged.why":
    "Os bydd y person yn cymryd neu'n torri eich ffôn, all e ddim eich helpu. Gall ffôn sbâr eich helpu.",
  "tailoring.strategy.phone-charged.how": [
    "Gwefrwch eich ffôn pryd bynnag y gallwch chi.",
    "Cadwch ffôn sbâr, wedi'i ddiffodd ac wedi'i wefru, rywle diogel.",
  ],
  "tailoring.strategy.phone-charged.printLabel": "Gwefrydd",
  "tailoring.strategy.ways-out.title": "Dysgwch eich ffyrdd allan",
  "tailoring.strategy.ways-out.what":
    "Meddyliwch am bob drws, ffenest a grisiau y gallech chi eu defnyddio i fynd allan yn gyflym.",
  "tailoring.strategy.ways-out.why":
    "Pan fyddwch chi'n ofnus, mae'n haws dilyn cynllun rydych chi'n ei wybod yn barod.",
  "tailoring.strategy.ways-out.how": [
    "Ewch drwy'r ffyrdd allan yn eich pen, neu go iawn pan fyddwch chi ar eich pen eich hun.",
    "Cadwch allweddi lle gallwch chi eu cyrraedd yn gyflym.",
  ],
  "tailoring.strategy.ways-out.printLabel": "Drysau ac allweddi",
  "tailoring.strategy.home-security.title": "Gwnewch eich cartref yn fwy diogel",
  "tailoring.strategy.home-security.what":
    "Gofynnwch i'ch cyngor neu i wasanaeth cymorth am help i wneud eich cartref yn fwy diogel, er mwyn i chi allu aros yno.",
  "tailoring.strategy.home-security.why":
    "Mae gan lawer o ardaloedd gynlluniau sy'n newid cloeon ac yn ychwanegu larymau neu ddrysau cryfach, yn aml am ddim.",
  "tailoring.strategy.home-security.how": [
    "Gofynnwch i dîm tai'r cyngor, neu i'ch gweithiwr cymorth, am gynllun noddfa (Sanctuary Scheme).",
    "Newidiwch y cloeon os oes gan y person allwedd, a gwiriwch y ffenestri a'r drysau cefn.",
  ],
  "tailoring.strategy.home-security.printLabel": "Cloeon",

  "tailoring.strategy.leave-at-safer-time.title": "Dewiswch amser mwy diogel i fynd",
  "tailoring.strategy.leave-at-safer-time.what":
    "Os byddwch chi'n penderfynu gadael, cynlluniwch i fynd pan fydd y person allan, a dywedwch wrth weithiwr cymorth yn gyntaf os gallwch chi.",
  "tailoring.strategy.leave-at-safer-time.why":
    "Mae'r risg yn aml yn codi pan fydd rhywun yn gadael, ac yn syth wedyn. Mae cynllunio ymlaen llaw yn ei lleihau.",
  "tailoring.strategy.leave-at-safer-time.how": [
    "Peidiwch â dweud wrth y person eich bod chi'n mynd.",
    "Byddwch yn siŵr ble byddwch chi'n mynd a sut byddwch chi'n cyrraedd yno.",
    "Ewch â'r plant gyda chi os gallwch chi.",
  ],
  "tailoring.strategy.leave-at-safer-time.printLabel": "Amseru",
  "tailoring.strategy.copy-documents.title": "Copïwch eich papurau pwysig",
  "tailoring.strategy.copy-documents.what":
    "Gwnewch gopïau, neu tynnwch luniau, o basbortau, tystysgrifau geni, fisâu, eich tenantiaeth a'ch manylion banc. Cadwch nhw i ffwrdd o'r cartref.",
  "tailoring.strategy.copy-documents.why":
    "Gyda chopïau, gallwch chi ddal i brofi pwy ydych chi, hawlio arian a gwneud cais am gartref. Mae hyn yn wir hyd yn oed os bydd rhywun yn cadw'r rhai gwreiddiol oddi wrthych chi.",
  "tailoring.strategy.copy-documents.how": [
    "Gadewch gopïau gyda rhywun rydych chi'n ymddiried ynddo, neu mewn cyfrif e-bost mai dim ond chi sy'n gallu ei agor.",
    "Ticiwch nhw yn eich rhestr o bethau i fynd gyda chi.",
  ],
  "tailoring.strategy.copy-documents.printLabel": "Gwaith papur",
  "tailoring.strategy.ask-about-refuge.title": "Gofynnwch am loches",
  "tailoring.strategy.ask-about-refuge.what":
    "Tŷ diogel gyda staff sy'n gallu helpu yw lloches. Mae'r cyfeiriad yn cael ei gadw'n gyfrinachol. Gall eich llinell gymorth chwilio am le i chi.",
  "tailoring.strategy.ask-about-refuge.why":
    "Does dim angen arian na chartref eich hun arnoch chi i fynd i loches, a gallwch chi fynd â'ch plant gyda chi.",
  "tailoring.strategy.ask-about-refuge.how": [
    "Ffoniwch eich llinell gymorth a gofynnwch am le mewn lloches.",
    "Gofynnwch beth gallwch chi ei gymryd gyda chi, gan gynnwys anifeiliaid anwes.",
  ],
  "tailoring.strategy.ask-about-refuge.printLabel": "Lle i aros",
  "tailoring.strategy.take-children.title": "Ewch â'r plant gyda chi",
  "tailoring.strategy.take-children.what":
    "Os byddwch chi'n gadael, ewch â'r plant gyda chi os oes unrhyw ffordd o wneud hynny.",
  "tailoring.strategy.take-children.why":
    "Gall mynd yn ôl amdanyn nhw wedyn fod yn anniogel, a gall ei gwneud hi'n anoddach eu cadw gyda chi.",
  "tailoring.strategy.take-children.how": [
    "Cynlluniwch i fynd ar adeg pan fydd y plant gyda chi, neu casglwch nhw o'r ysgol neu o'r feithrinfa.",
    "Paciwch rai o'u hoff bethau, a'u meddyginiaeth.",
  ],
  "tailoring.strategy.take-children.printLabel": "Plant",
  "tailoring.strategy.plan-the-journey.title": "Cynlluniwch sut byddwch chi'n teithio",
  "tailoring.strategy.plan-the-journey.what":
    "Meddyliwch sut byddech chi'n mynd: lifft, tacsi, bws neu drên, a sut byddech chi'n talu.",
  "tailoring.strategy.plan-the-journey.why":
    "Mae peidio â chael ffordd o deithio yn un o'r pethau sy'n atal pobl rhag cyrraedd rhywle mwy diogel.",
  "tailoring.strategy.plan-the-journey.how": [
    "Cadwch rif tacsi ac ychydig o arian parod yn barod.",
    "Gofynnwch i linell gymorth neu i weithiwr cymorth: mae rhai'n gallu helpu i dalu am deithio.",
  ],
  "tailoring.strategy.plan-the-journey.printLabel": "Teithio",
  "tailoring.strategy.collect-belongings.title": "Casglwch eich pethau'n ddiogel",
  "tailoring.strategy.collect-belongings.what":
    "Os oes angen i chi fynd yn ôl i nôl eich pethau, peidiwch â mynd ar eich pen eich hun. Gallwch chi ofyn i'r heddlu fod yno.",
  "tailoring.strategy.collect-belongings.why": "Mae pobl yn aml yn cael eu brifo pan fyddan nhw'n mynd yn ôl.",
  "tailoring.strategy.collect-belongings.how": [
    "Gofynnwch i'r heddlu neu i'ch gweithiwr cymorth drefnu amser gyda chi.",
    "Gwnewch restr yn gyntaf, fel nad ydych chi yno'n hir.",
  ],
  "tailoring.strategy.collect-belongings.printLabel": "Casglu pethau",
  "tailoring.strategy.housing-options.title": "Dewch i wybod eich dewisiadau tai",
  "tailoring.strategy.housing-options.what":
    "Os oes rhaid i chi adael eich cartref oherwydd cam-drin, efallai y bydd rhaid i'r cyngor eich helpu i gael rhywle i fyw.",
  "tailoring.strategy.housing-options.why":
    "Gall gwybod eich dewisiadau wneud penderfyniad am eich cartref yn llai brawychus.",
  "tailoring.strategy.housing-options.how": [
    "Cysylltwch â thîm tai'r cyngor a dywedwch eich bod chi mewn perygl o gael eich cam-drin.",
    "Gofynnwch i weithiwr cymorth neu i Cyngor ar Bopeth (Citizens Advice) am eich tenantiaeth cyn i chi ei rhoi i fyny.",
  ],
  "tailoring.strategy.housing-options.printLabel": "Tai",

  "tailoring.strategy.change-routines.title": "Newidiwch eich arferion",
  "tailoring.strategy.change-routines.what":
    "Newidiwch yr amseroedd a'r ffyrdd rydych chi'n eu defnyddio i fynd i'r gwaith, i fynd â'r plant i'r ysgol ac i siopa.",
  "tailoring.strategy.change-routines.why":
    "Bydd rhywun sydd eisiau dod o hyd i chi yn edrych lle rydych chi'n mynd fel arfer.",
  "tailoring.strategy.change-routines.how": [
    "Ewch i siopau gwahanol, a theithiwch ar amseroedd gwahanol.",
    "Arhoswch lle mae pobl eraill pan allwch chi.",
  ],
  "tailoring.strategy.change-routines.printLabel": "Arferion",
  "tailoring.strategy.tell-work-and-school.title": "Dywedwch wrth eich gwaith ac wrth ysgol y plant",
  "tailoring.strategy.tell-work-and-school.what":
    "Dywedwch wrth rywun rydych chi'n ymddiried ynddo yn y gwaith, ac wrth ysgol neu feithrinfa'r plant, pwy sy'n cael casglu'r plant a phwy sydd ddim.",
  "tailoring.strategy.tell-work-and-school.why":
    "Gallan nhw sgrinio galwadau, cadw eich manylion yn breifat a gweithredu os bydd y person yn troi i fyny.",
  "tailoring.strategy.tell-work-and-school.how": [
    "Rhowch lun o'r person iddyn nhw os gallwch chi.",
    "Rhowch gopïau iddyn nhw o unrhyw orchmynion llys.",
  ],
  "tailoring.strategy.tell-work-and-school.printLabel": "Gwaith ac ysgol",
  "tailoring.strategy.keep-a-record.title": "Cadwch gofnod o'r hyn sy'n digwydd",
  "tailoring.strategy.keep-a-record.what":
    "Ysgrifennwch bob peth sy'n digwydd: y dyddiad, yr amser, beth gafodd ei ddweud neu ei wneud, a phwy welodd.",
  "tailoring.strategy.keep-a-record.why":
    "Mae cofnod yn helpu'r heddlu, llys neu weithiwr cymorth i ddeall beth sy'n digwydd.",
  "tailoring.strategy.keep-a-record.how": [
    "Cadwch sgrinluniau o negeseuon a galwadau.",
    "Cadwch y cofnod rywle lle na all y person ei weld, neu gyda rhywun rydych chi'n ymddiried ynddo.",
  ],
  "tailoring.strategy.keep-a-record.printLabel": "Dyddiadur",
  "tailoring.strategy.keep-address-private.title": "Cadwch eich cyfeiriad newydd yn breifat",
  "tailoring.strategy.keep-address-private.what":
    "Gofynnwch i'ch meddyg teulu, i ysgol y plant, i'ch banc ac i eraill gadw eich cyfeiriad yn breifat.",
  "tailoring.strategy.keep-address-private.why":
    "Mae pobl yn aml yn dod o hyd i gyfeiriad drwy lythyrau, cyfrifon sy'n cael eu rhannu a chofnodion cyhoeddus.",
  "tailoring.strategy.keep-address-private.how": [
    "Gofynnwch i'r cyngor sut i gofrestru i bleidleisio heb i'ch cyfeiriad gael ei ddangos.",
    "Gwiriwch nad yw eich cyfeiriad ar gyfrifon sy'n cael eu rhannu, ar ddanfoniadau nac ar y cyfryngau cymdeithasol.",
  ],
  "tailoring.strategy.keep-address-private.printLabel": "Cyfeiriad",
  "tailoring.strategy.people-who-understand.title": "Dewch o hyd i bobl sy'n deall",
  "tailoring.strategy.people-who-understand.what":
    "Gofynnwch i wasanaeth cymorth lleol am grwpiau a chyrsiau i bobl sydd wedi bod drwy'r un peth.",
  "tailoring.strategy.people-who-understand.why":
    "Gall siarad â phobl sy'n deall helpu gyda'r teimladau sy'n dod yn aml ar ôl gadael.",
  "tailoring.strategy.people-who-understand.how": [
    "Gofynnwch i'ch gweithiwr cymorth neu i'ch llinell gymorth beth sydd ar gael yn agos atoch chi.",
  ],
  "tailoring.strategy.people-who-understand.printLabel": "Grŵp",
  "tailoring.strategy.risk-after-leaving.title": "Byddwch yn ofalus ar ôl i chi adael",
  "tailoring.strategy.risk-after-leaving.what":
    "Gall y risg godi pan fydd rhywun yn gadael, ac yn y misoedd wedyn. Daliwch ati gyda'ch cynllun ar ôl i chi adael.",
  "tailoring.strategy.risk-after-leaving.why":
    "Mae rhai pobl yn ceisio cael rheolaeth yn ôl pan fyddan nhw'n teimlo eu bod nhw wedi ei cholli.",
  "tailoring.strategy.risk-after-leaving.how": [
    'Edrychwch eto ar y rhan "Ar ôl gadael" o\'ch cynllun.',
    "Dywedwch wrth weithiwr cymorth os bydd pethau'n gwaethygu.",
  ],
  "tailoring.strategy.risk-after-leaving.printLabel": "Yn nes ymlaen",

  "tailoring.strategy.own-account.title": "Agorwch gyfrif eich hun",
  "tailoring.strategy.own-account.what":
    "Agorwch gyfrif banc yn eich enw chi yn unig, mewn banc gwahanol os gallwch chi.",
  "tailoring.strategy.own-account.why": "Mae arian eich hun yn rhoi mwy o ddewisiadau i chi.",
  "tailoring.strategy.own-account.how": [
    "Dewiswch gyfriflenni heb bapur, wedi'u hanfon i e-bost mai dim ond chi sy'n gallu ei agor.",
    "Gofynnwch i'r banc beidio ag anfon dim byd drwy'r post i'ch cartref.",
  ],
  "tailoring.strategy.own-account.printLabel": "Banc",
  "tailoring.strategy.put-money-aside.title": "Rhowch ychydig o arian o'r neilltu",
  "tailoring.strategy.put-money-aside.what":
    "Cadwch symiau bach o arian parod, ar gyfer tocynnau teithio, galwadau ffôn, bwyd neu noson yn rhywle arall.",
  "tailoring.strategy.put-money-aside.why":
    "Gall ychydig o arian wneud gwahaniaeth mawr pan fydd rhaid i chi fynd ar frys.",
  "tailoring.strategy.put-money-aside.how": [
    "Cadwch e gyda rhywun rydych chi'n ymddiried ynddo, neu rywle lle nad yw'r person byth yn edrych.",
  ],
  "tailoring.strategy.put-money-aside.printLabel": "Cynilion",
  "tailoring.strategy.joint-debts.title": "Diogelwch eich hun rhag dyledion ar y cyd",
  "tailoring.strategy.joint-debts.what":
    "Gofynnwch i'ch banc am eich cyfrifon a'ch benthyciadau ar y cyd, a gwiriwch eich adroddiad credyd.",
  "tailoring.strategy.joint-debts.why":
    "Efallai y gall y person wneud dyledion yn eich enw chi, neu wagio cyfrif ar y cyd.",
  "tailoring.strategy.joint-debts.how": [
    "Gofynnwch a oes modd trefnu bod rhaid i'r ddau ohonoch chi gytuno cyn i arian adael cyfrif ar y cyd.",
    "Gwiriwch eich adroddiad credyd am ddyledion nad oeddech chi'n gwybod amdanyn nhw.",
  ],
  "tailoring.strategy.joint-debts.printLabel": "Cyfrifon",
  "tailoring.strategy.benefits-check.title": "Gwiriwch pa arian gallwch chi ei gael",
  "tailoring.strategy.benefits-check.what":
    "Dewch i wybod pa fudd-daliadau a pha help gyda rhent gallech chi eu cael yn eich enw eich hun.",
  "tailoring.strategy.benefits-check.why":
    "Dydy llawer o bobl ddim yn gwybod beth sydd ganddyn nhw hawl iddo. Os ydych chi'n cael Credyd Cynhwysol, gallwch chi ofyn iddo gael ei rannu a'i dalu i'ch cyfrif eich hun.",
  "tailoring.strategy.benefits-check.how": [
    "Defnyddiwch gyfrifiannell budd-daliadau, neu gofynnwch i Cyngor ar Bopeth (Citizens Advice) neu i'ch gweithiwr cymorth.",
  ],
  "tailoring.strategy.benefits-check.printLabel": "Gwirio arian",
  "tailoring.strategy.economic-abuse-is-abuse.title": "Mae rheoli arian yn gam-drin",
  "tailoring.strategy.economic-abuse-is-abuse.what":
    "Mae eich rhwystro rhag cael arian, cymryd eich cyflog neu wneud i chi gymryd dyled yn fath o gam-drin.",
  "tailoring.strategy.economic-abuse-is-abuse.why":
    "Dydy llawer o bobl ddim yn ei weld fel cam-drin ar y dechrau. Gall rhoi enw iddo eich helpu i gael y help iawn.",
  "tailoring.strategy.economic-abuse-is-abuse.how": [
    "Dywedwch wrth linell gymorth neu weithiwr cymorth beth sy'n digwydd gydag arian. Mae gwasanaethau arbenigol ar gyfer hyn.",
  ],
  "tailoring.strategy.economic-abuse-is-abuse.printLabel": "Nodiadau arian",
  "tailoring.strategy.tell-the-bank.title": "Dywedwch wrth eich banc",
  "tailoring.strategy.tell-the-bank.what":
    "Mae gan lawer o fanciau dîm ar gyfer cwsmeriaid y mae rhywun arall yn rheoli eu harian.",
  "tailoring.strategy.tell-the-bank.why":
    "Gallan nhw eich helpu i gael at eich arian yn ddiogel, a diogelu eich cyfrifon.",
  "tailoring.strategy.tell-the-bank.how": [
    "Gofynnwch i'r banc, yn y gangen neu ar ffôn diogel, am eu tîm ar gyfer cwsmeriaid sy'n agored i niwed.",
  ],
  "tailoring.strategy.tell-the-bank.printLabel": "Galw'r banc",

  "tailoring.strategy.children-safe-place.title": "Helpwch y plant i wybod ble i fynd",
  "tailoring.strategy.children-safe-place.what":
    "Cytunwch gyda'r plant ar le diogel i fynd os oes gweiddi neu ymladd: ystafell, neu gartref cymydog.",
  "tailoring.strategy.children-safe-place.why":
    "Mae plant yn aml yn ceisio ymyrryd. Nid eu gwaith nhw yw hynny, a gallen nhw gael eu brifo.",
  "tailoring.strategy.children-safe-place.how": [
    "Dywedwch wrthyn nhw nad eu bai nhw yw e, ac na ddylen nhw geisio ei atal.",
    "Gwnewch gynllun y plentyn gyda nhw ar y wefan hon, ac ymarferwch e.",
  ],
  "tailoring.strategy.children-safe-place.printLabel": "Cornel y plant",
  "tailoring.strategy.children-phone-999.title": "Dysgwch y plant i ffonio 999",
  "tailoring.strategy.children-phone-999.what":
    "Dysgwch y plant sut i ffonio 999, a beth i'w ddweud: eu henw, eu cyfeiriad a beth sy'n digwydd.",
  "tailoring.strategy.children-phone-999.why":
    "Mae plentyn sy'n gwybod beth i'w wneud yn llai ofnus, ac yn gallu cael help.",
  "tailoring.strategy.children-phone-999.how": [
    "Ymarferwch gyda ffôn ffug, byth gydag un go iawn.",
    "Mae galwad ymarfer yng nghynllun y plentyn ar y wefan hon.",
  ],
  "tailoring.strategy.children-phone-999.printLabel": "Ymarfer ffôn",
  "tailoring.strategy.tell-nursery-or-school.title": "Dywedwch wrth y feithrinfa neu'r ysgol",
  "tailoring.strategy.tell-nursery-or-school.what":
    "Dywedwch wrth arweinydd diogelu'r ysgol beth sy'n digwydd, a phwy sy'n cael casglu'r plant.",
  "tailoring.strategy.tell-nursery-or-school.why": "Gall ysgolion gefnogi'r plant a chadw llygad am bryderon.",
  "tailoring.strategy.tell-nursery-or-school.how": [
    "Gofynnwch am gael siarad â'r arweinydd diogelu dynodedig.",
    "Rhowch gopïau iddyn nhw o unrhyw orchmynion llys am y plant.",
  ],
  "tailoring.strategy.tell-nursery-or-school.printLabel": "Ysgol",
  "tailoring.strategy.safer-handovers.title": "Gwnewch drosglwyddo'r plant yn fwy diogel",
  "tailoring.strategy.safer-handovers.what":
    "Os yw'r rhiant arall yn gweld y plant, trosglwyddwch nhw mewn lle cyhoeddus neu mewn canolfan gyswllt. Neu gofynnwch i rywun arall wneud hyn.",
  "tailoring.strategy.safer-handovers.why": "Gall trosglwyddo'r plant fod yn adeg o risg, i chi ac i'r plant.",
  "tailoring.strategy.safer-handovers.how": [
    "Cytunwch ar amseroedd a lleoedd yn ysgrifenedig, a chadwch gofnod o'r hyn sy'n digwydd.",
    "Dywedwch wrth eich gweithiwr cymorth neu eich cyfreithiwr am unrhyw bryderon.",
  ],
  "tailoring.strategy.safer-handovers.printLabel": "Casglu'r plant",
  "tailoring.strategy.baby-things-ready.title": "Cadwch bethau'r babi yn barod",
  "tailoring.strategy.baby-things-ready.what":
    "Cadwch laeth, cewynnau, meddyginiaeth a llyfr iechyd y babi gyda'i gilydd, yn barod i fynd.",
  "tailoring.strategy.baby-things-ready.why": "Gyda babi, mae llawer i fynd gyda chi, ac ychydig o amser.",
  "tailoring.strategy.baby-things-ready.how": ["Ychwanegwch nhw at eich rhestr o bethau i fynd gyda chi."],
  "tailoring.strategy.baby-things-ready.printLabel": "Pethau'r babi",
  "tailoring.strategy.children-can-talk.title": "Helpwch y plant i siarad",
  "tailoring.strategy.children-can-talk.what":
    "Gwnewch yn siŵr bod y plant yn gwybod eu bod nhw'n gallu siarad â chi, ag athro, neu â Childline. Gwnewch yn siŵr hefyd eu bod nhw'n gwybod nad oes dim o hyn yn fai arnyn nhw.",
  "tailoring.strategy.children-can-talk.why":
    "Mae plant yn aml yn cadw pryderon iddyn nhw eu hunain. Mae siarad yn eu helpu i ymdopi.",
  "tailoring.strategy.children-can-talk.how": ["Mae Childline am ddim, a dydy'r alwad ddim yn dangos ar y bil ffôn."],
  "tailoring.strategy.children-can-talk.printLabel": "Siarad",
  "tailoring.strategy.plan-with-teenager.title": "Gwnewch gynllun gyda'ch plentyn yn ei arddegau",
  "tailoring.strategy.plan-with-teenager.what":
    "Eisteddwch gyda'ch plentyn yn ei arddegau a gwnewch ei gynllun ei hun, gyda chynllun y person ifanc ar y wefan hon.",
  "tailoring.strategy.plan-with-teenager.why":
    "Mae pobl ifanc yn ymdopi'n well pan fydd ganddyn nhw lais, a phan fyddan nhw'n gwybod beth i'w wneud.",
  "tailoring.strategy.plan-with-teenager.how": [
    "Gadewch iddyn nhw ddewis at bwy bydden nhw'n mynd, a phwy bydden nhw'n eu ffonio.",
  ],
  "tailoring.strategy.plan-with-teenager.printLabel": "Nodiadau person ifanc",
  "tailoring.strategy.worried-about-a-child.title": "Os ydych chi'n poeni am blentyn",
  "tailoring.strategy.worried-about-a-child.what":
    "Os ydych chi'n poeni am ddiogelwch plentyn, gallwch chi siarad â llinell gymorth yr NSPCC am gyngor.",
  "tailoring.strategy.worried-about-a-child.why":
    "Gallan nhw eich helpu i feddwl beth i'w wneud, ac wrth bwy i ddweud.",
  "tailoring.strategy.worried-about-a-child.how": ["Ffoniwch pan nad yw'r person o gwmpas."],
  "tailoring.strategy.worried-about-a-child.printLabel": "Llinell gyngor",

  "tailoring.strategy.pet-fostering.title": "Gofynnwch am ofal maeth i'ch anifail anwes",
  "tailoring.strategy.pet-fostering.what":
    "Mae rhai elusennau'n gofalu am anifeiliaid anwes, am ddim ac yn gyfrinachol, tra bydd eu perchnogion yn symud i rywle diogel.",
  "tailoring.strategy.pet-fostering.why":
    "Mae llawer o bobl yn oedi cyn gadael am nad ydyn nhw'n gallu mynd â'u hanifail anwes gyda nhw. Efallai na fydd rhaid i chi ddewis.",
  "tailoring.strategy.pet-fostering.how": [
    "Ar gyfer ci, gofynnwch i'ch gweithiwr cymorth am y Dogs Trust Freedom Project.",
    "Ar gyfer anifeiliaid anwes eraill, gofynnwch i'ch llinell gymorth neu i'ch gweithiwr cymorth beth sydd ar gael yn agos atoch chi.",
  ],
  "tailoring.strategy.pet-fostering.printLabel": "Gofal anifail anwes",
  "tailoring.strategy.pet-papers.title": "Cadwch bapurau eich anifail anwes",
  "tailoring.strategy.pet-papers.what":
    "Cadwch brawf mai chi biau eich anifail anwes: cofnodion y milfeddyg, a'r microsglodyn wedi'i gofrestru yn eich enw chi.",
  "tailoring.strategy.pet-papers.why":
    "Mae'n help os bydd y person yn ceisio cadw'r anifail, neu ei ddefnyddio yn eich erbyn.",
  "tailoring.strategy.pet-papers.how": [
    "Gofynnwch i'ch milfeddyg ddiweddaru manylion y microsglodyn, a pheidio â rhannu eich cyfeiriad.",
  ],
  "tailoring.strategy.pet-papers.printLabel": "Papurau'r milfeddyg",
  "tailoring.strategy.pets-and-refuges.title": "Gofynnwch yn gynnar am anifeiliaid anwes",
  "tailoring.strategy.pets-and-refuges.what":
    "Ychydig o lochesi sy'n gallu derbyn anifeiliaid anwes, felly gofynnwch yn gynnar beth sy'n bosibl.",
  "tailoring.strategy.pets-and-refuges.why": "Mae gwybod ymlaen llaw yn rhoi amser i chi drefnu gofal.",
  "tailoring.strategy.pets-and-refuges.how": [
    "Gofynnwch i'ch llinell gymorth pan fyddwch chi'n siarad am leoedd i aros.",
  ],
  "tailoring.strategy.pets-and-refuges.printLabel": "Cwestiynau am anifeiliaid",
  "tailoring.strategy.pet-in-ready-bag.title": "Paciwch ar gyfer eich anifail anwes",
  "tailoring.strategy.pet-in-ready-bag.what":
    "Rhowch dennyn, bwyd ac unrhyw feddyginiaeth i'ch anifail anwes gyda'ch bag parod.",
  "tailoring.strategy.pet-in-ready-bag.why":
    "Os byddwch chi'n mynd â'ch anifail anwes gyda chi, bydd angen ei bethau arnoch chi hefyd.",
  "tailoring.strategy.pet-in-ready-bag.how": ["Ychwanegwch nhw at eich rhestr o bethau i fynd gyda chi."],
  "tailoring.strategy.pet-in-ready-bag.printLabel": "Pethau'r anifail",

  "tailoring.strategy.abuse-concession.title": "Gofynnwch am y consesiwn cam-drin domestig",
  "tailoring.strategy.abuse-concession.what":
    "Efallai eich bod chi yn y DU ar fisa partner, a bod y berthynas wedi dod i ben oherwydd cam-drin. Os felly, efallai y gallwch chi gael caniatâd i aros am dri mis. Yn ystod y cyfnod hwnnw, gallwch chi gael budd-daliadau a help gyda thai.",
  "tailoring.strategy.abuse-concession.why":
    "Ei enw yw'r Migrant Victims of Domestic Abuse Concession. Mae'n rhoi amser i chi ddatrys eich statws mewnfudo heb golli to uwch eich pen, na'ch arian.",
  "tailoring.strategy.abuse-concession.how": [
    "Siaradwch â chynghorydd mewnfudo rheoledig cyn i chi wneud cais: mae'n newid eich fisa.",
    "Gall gweithiwr cymorth eich helpu i ddod o hyd i un, yn aml am ddim.",
  ],
  "tailoring.strategy.abuse-concession.printLabel": "Cwestiwn fisa",
  "tailoring.strategy.right-to-stay.title": "Efallai y gallwch chi aros",
  "tailoring.strategy.right-to-stay.what":
    "Efallai eich bod chi'n bartner i ddinesydd Prydeinig, neu i rywun sydd wedi setlo yma. Os daeth y berthynas i ben oherwydd cam-drin, efallai y gallwch chi wneud cais i aros am byth.",
  "tailoring.strategy.right-to-stay.why":
    "Mae llawer o bobl yn cael gwybod y byddan nhw'n cael eu hanfon i ffwrdd os byddan nhw'n gadael. Dydy hynny ddim bob amser yn wir.",
  "tailoring.strategy.right-to-stay.how": ["Gofynnwch i gynghorydd mewnfudo rheoledig am gyngor ar eich achos chi."],
  "tailoring.strategy.right-to-stay.printLabel": "Nodiadau fisa",
  "tailoring.strategy.regulated-advice.title": "Ewch at gynghorydd mewnfudo rheoledig i gael cyngor",
  "tailoring.strategy.regulated-advice.what":
    "Cymerwch gyngor am eich fisa dim ond gan rywun sydd â hawl i'w roi. Hynny yw, cynghorydd mewnfudo rheoledig, cyfreithiwr neu wasanaeth cymorth arbenigol.",
  "tailoring.strategy.regulated-advice.why":
    "Gall cyngor anghywir olygu eich bod chi'n colli eich hawl i aros. Efallai y bydd cymorth cyfreithiol yn talu am gyngor os ydych chi wedi cael eich cam-drin.",
  "tailoring.strategy.regulated-advice.how": [
    "Gofynnwch i'ch llinell gymorth neu i'ch gweithiwr cymorth eich helpu i ddod o hyd i gynghorydd rheoledig.",
  ],
  "tailoring.strategy.regulated-advice.printLabel": "Cynghorydd",
  "tailoring.strategy.visa-copies.title": "Cadwch gopïau o'ch pasbort a'ch fisa",
  "tailoring.strategy.visa-copies.what":
    "Cadwch gopïau o'ch pasbort, eich fisa ac unrhyw lythyrau gan y Swyddfa Gartref rywle na all y person eu cyrraedd.",
  "tailoring.strategy.visa-copies.why": "Mae pobl sy'n rheoli rhywun yn aml yn cymryd ei basbort.",
  "tailoring.strategy.visa-copies.how": [
    "Ysgrifennwch rif eich pasbort a rhif cyfeirnod eich fisa.",
    "Cadwch luniau mewn cyfrif e-bost mai dim ond chi sy'n gallu ei agor.",
  ],
  "tailoring.strategy.visa-copies.printLabel": "Copi pasbort",
  "tailoring.strategy.ask-for-interpreter.title": "Gofynnwch am gyfieithydd",
  "tailoring.strategy.ask-for-interpreter.what":
    "Gallwch chi ofyn am gyfieithydd. Gallwch chi ofyn yn y feddygfa, yn yr ysbyty, gyda'r heddlu a gyda llawer o wasanaethau cymorth.",
  "tailoring.strategy.ask-for-interpreter.why": "Dylech chi allu dweud popeth yn yr iaith rydych chi'n ei gwybod orau.",
  "tailoring.strategy.ask-for-interpreter.how": [
    "Gallwch chi ofyn am gyfieithydd sydd ddim yn adnabod eich teulu na'ch cymuned, neu am un ar y ffôn.",
    "Peidiwch byth â gadael i'r person, na'i deulu, gyfieithu i chi.",
  ],
  "tailoring.strategy.ask-for-interpreter.printLabel": "Help gydag iaith",
  "tailoring.strategy.help-without-public-funds.title": "Help pan nad oes gennych chi hawl i arian cyhoeddus",
  "tailoring.strategy.help-without-public-funds.what":
    "Hyd yn oed heb hawl i arian cyhoeddus (no recourse to public funds), efallai fod help ar gael. Mae rhai llochesi'n derbyn pobl heb fudd-daliadau. Efallai y bydd rhaid i'r gwasanaethau cymdeithasol helpu teuluoedd â phlant.",
  "tailoring.strategy.help-without-public-funds.why":
    "Mae llawer o bobl yn meddwl nad oes dim help o gwbl iddyn nhw. Yn aml, mae help ar gael.",
  "tailoring.strategy.help-without-public-funds.how": [
    "Dywedwch wrth eich llinell gymorth neu eich gweithiwr cymorth am eich fisa, er mwyn iddyn nhw chwilio am y help iawn.",
  ],
  "tailoring.strategy.help-without-public-funds.printLabel": "Help i holi amdano",

  "tailoring.strategy.medicines-ready.title": "Cadwch feddyginiaeth wrth law",
  "tailoring.strategy.medicines-ready.what":
    "Cadwch feddyginiaeth am ychydig ddyddiau, a rhestr o'r hyn rydych chi'n ei gymryd, rywle lle gallwch chi ei chael yn gyflym.",
  "tailoring.strategy.medicines-ready.why":
    "Gall colli meddyginiaeth eich gwneud yn sâl, ac mae rhai pobl yn cuddio meddyginiaeth rhywun arall neu'n ei chadw oddi wrthyn nhw.",
  "tailoring.strategy.medicines-ready.how": [
    "Gofynnwch i'ch meddyg teulu neu i'r fferyllfa am bresgripsiynau rheolaidd yn eich enw chi.",
    "Ychwanegwch nhw at eich rhestr o bethau i fynd gyda chi.",
  ],
  "tailoring.strategy.medicines-ready.printLabel": "Meddyginiaeth",
  "tailoring.strategy.carer-who-hurts.title": "Os yw eich gofalwr yn eich brifo",
  "tailoring.strategy.carer-who-hurts.what":
    "Os yw gofalwr yn eich brifo, yn codi ofn arnoch chi neu'n eich rheoli, cam-drin yw hynny. Gallwch chi ofyn am help, ac am ofalwr gwahanol.",
  "tailoring.strategy.carer-who-hurts.why":
    "Mae dyletswydd ar ofal cymdeithasol oedolion i edrych i mewn i'r peth a'ch helpu i fod yn fwy diogel.",
  "tailoring.strategy.carer-who-hurts.how": [
    "Dywedwch wrth eich meddyg teulu, nyrs, gweithiwr cymdeithasol neu eich llinell gymorth.",
    "Gofynnwch i dîm gofal cymdeithasol oedolion y cyngor am wiriad diogelu.",
  ],
  "tailoring.strategy.carer-who-hurts.printLabel": "Gofal",
  "tailoring.strategy.way-out-that-works.title": "Cynlluniwch ffordd allan sy'n gweithio i chi",
  "tailoring.strategy.way-out-that-works.what":
    "Meddyliwch am beth sydd ei angen arnoch chi i fynd allan yn gyflym. Gallai fod yn gymorth symud, cymhorthion clyw neu olwg, meddyginiaeth, neu rywun i helpu.",
  "tailoring.strategy.way-out-that-works.why":
    "Mae cynllun sy'n addas i'ch corff a'ch anghenion yn gynllun y gallwch chi ei ddefnyddio go iawn.",
  "tailoring.strategy.way-out-that-works.how": [
    "Cadwch gymhorthion lle gallwch chi eu cyrraedd, nid lle gall y person eu cymryd.",
    "Pan fyddwch chi'n ffonio 999, dywedwch wrthyn nhw am eich anghenion.",
  ],
  "tailoring.strategy.way-out-that-works.printLabel": "Symud o gwmpas",
  "tailoring.strategy.tell-gp-or-health-visitor.title": "Dywedwch wrth eich meddyg teulu neu eich ymwelydd iechyd",
  "tailoring.strategy.tell-gp-or-health-visitor.what":
    "Gall eich meddyg teulu neu eich ymwelydd iechyd siarad â chi'n breifat, ysgrifennu cofnod o anafiadau a'ch rhoi mewn cysylltiad â chymorth.",
  "tailoring.strategy.tell-gp-or-health-visitor.why":
    "Mae gweithwyr iechyd yn gweld llawer o bobl yn eich sefyllfa chi, ac maen nhw'n gwybod pwy all helpu.",
  "tailoring.strategy.tell-gp-or-health-visitor.how": ["Gofynnwch am eu gweld ar eich pen eich hun."],
  "tailoring.strategy.tell-gp-or-health-visitor.printLabel": "Apwyntiad",
  "tailoring.strategy.tell-midwife.title": "Dywedwch wrth eich bydwraig",
  "tailoring.strategy.tell-midwife.what":
    "Mae bydwragedd yn holi pawb am gam-drin, ac yn ceisio eich gweld ar eich pen eich hun o leiaf unwaith.",
  "tailoring.strategy.tell-midwife.why":
    "Mae cam-drin yn aml yn dechrau neu'n gwaethygu yn ystod beichiogrwydd. Gall eich bydwraig eich helpu chi a'r babi.",
  "tailoring.strategy.tell-midwife.how": [
    "Os yw'r person bob amser yn dod gyda chi, dywedwch fod angen i chi gael prawf ar eich pen eich hun.",
  ],
  "tailoring.strategy.tell-midwife.printLabel": "Bydwraig",
  "tailoring.strategy.someone-you-care-for.title": "Cynlluniwch ar gyfer y person rydych chi'n gofalu amdano",
  "tailoring.strategy.someone-you-care-for.what":
    "Meddyliwch pwy allai ofalu amdanyn nhw petai'n rhaid i chi fynd yn gyflym.",
  "tailoring.strategy.someone-you-care-for.why": "Ddylai poeni amdanyn nhw ddim eich cadw chi mewn perygl.",
  "tailoring.strategy.someone-you-care-for.how": [
    "Gofynnwch i dîm gofal cymdeithasol oedolion y cyngor pwy allai ofalu amdanyn nhw ar fyr rybudd.",
  ],
  "tailoring.strategy.someone-you-care-for.printLabel": "Gofal wrth gefn",

  "tailoring.strategy.check-location-sharing.title": "Gwiriwch pwy sy'n gallu gweld ble rydych chi",
  "tailoring.strategy.check-location-sharing.what":
    "Edrychwch ar rannu lleoliad ar eich ffôn, mewn apiau mapiau ac mewn apiau teulu.",
  "tailoring.strategy.check-location-sharing.why": "Rhannu lleoliad yw un o'r ffyrdd mwyaf cyffredin o dracio pobl.",
  "tailoring.strategy.check-location-sharing.how": [
    "Gall diffodd rhannu ddweud wrth y person. Meddyliwch yn gyntaf a yw hynny'n ddiogel.",
    "Gall gweithiwr cymorth eich helpu i wirio eich ffôn.",
  ],
  "tailoring.strategy.check-location-sharing.printLabel": "Gosodiadau ffôn",
  "tailoring.strategy.passwords-from-safe-device.title": "Newidiwch gyfrineiriau o ddyfais ddiogel",
  "tailoring.strategy.passwords-from-safe-device.what":
    "Newidiwch y cyfrineiriau ar gyfer eich e-bost, eich banc a chyfrifon eraill, o ddyfais nad yw'r person erioed wedi'i defnyddio.",
  "tailoring.strategy.passwords-from-safe-device.why":
    "Os ydyn nhw'n gwybod eich cyfrineiriau, gallan nhw ddarllen eich negeseuon a gweld eich cynlluniau.",
  "tailoring.strategy.passwords-from-safe-device.how": [
    "Trowch wiriad dau gam ymlaen, gyda chodau'n cael eu hanfon i ffôn mai dim ond chi sydd ag e.",
    "Gall newidiadau rybuddio'r person. Meddyliwch pryd i'w gwneud.",
  ],
  "tailoring.strategy.passwords-from-safe-device.printLabel": "Cyfrineiriau",
  "tailoring.strategy.private-window.title": "Defnyddiwch ffenest breifat, neu ddyfais arall os oes un ar gael",
  "tailoring.strategy.private-window.what":
    "Chwiliwch am help mewn ffenest breifat, neu ar ddyfais nad yw'r person byth yn ei defnyddio.",
  "tailoring.strategy.private-window.why":
    "Dydy ffenest breifat ddim yn cadw hanes. Gall clirio eich hanes i gyd edrych yn od: mae dileu tudalennau unigol yn llai amlwg.",
  "tailoring.strategy.private-window.how": ['Darllenwch "Cadw\'n ddiogel ar-lein" ar y wefan hon i weld y camau.'],
  "tailoring.strategy.private-window.printLabel": "Pori",
  "tailoring.strategy.stalking-diary.title": "Cadwch ddyddiadur stelcio",
  "tailoring.strategy.stalking-diary.what":
    "Ysgrifennwch bob tro mae'r person yn eich dilyn, yn troi i fyny neu'n cysylltu â chi, gyda'r dyddiad a'r amser.",
  "tailoring.strategy.stalking-diary.why":
    "Mae stelcio yn drosedd. Mae dyddiadur yn dangos y patrwm, ac mae hynny'n helpu'r heddlu i weithredu.",
  "tailoring.strategy.stalking-diary.how": [
    "Cadwch negeseuon, negeseuon llais a lluniau o unrhyw beth sy'n cael ei adael i chi.",
    "Rhowch wybod i'r heddlu. Ffoniwch 999 os ydych chi mewn perygl.",
  ],
  "tailoring.strategy.stalking-diary.printLabel": "Dyddiadur",
  "tailoring.strategy.look-for-trackers.title": "Chwiliwch am ddyfeisiau tracio",
  "tailoring.strategy.look-for-trackers.what":
    "Gall dyfeisiau tracio bach gael eu cuddio mewn car, bag, côt neu degan plentyn.",
  "tailoring.strategy.look-for-trackers.why":
    "Os yw'r person bob amser yn gwybod ble rydych chi, efallai mai dyfais dracio yw'r rheswm.",
  "tailoring.strategy.look-for-trackers.how": [
    "Mae llawer o ffonau'n gallu eich rhybuddio am ddyfais dracio ddieithr yn agos atoch chi: gwiriwch y gosodiadau.",
    "Os dewch chi o hyd i un, meddyliwch cyn ei thynnu, a dywedwch wrth weithiwr cymorth neu wrth yr heddlu.",
  ],
  "tailoring.strategy.look-for-trackers.printLabel": "Car a bagiau",
  "tailoring.strategy.children-devices.title": "Gwiriwch ddyfeisiau'r plant",
  "tailoring.strategy.children-devices.what":
    "Gall ffonau, tabledi a gemau a gafodd eu rhoi neu eu gosod gan y person rannu ble mae'r plant.",
  "tailoring.strategy.children-devices.why":
    "Mae dyfeisiau plant yn aml yn cael eu defnyddio i ddod o hyd i riant sydd wedi gadael.",
  "tailoring.strategy.children-devices.how": [
    "Gwiriwch rannu teulu, a'r gosodiadau sy'n dangos ble maen nhw.",
    "Gall gweithiwr cymorth eich helpu i'w gwirio.",
  ],
  "tailoring.strategy.children-devices.printLabel": "Tabledi",

  "tailoring.strategy.honour-specialist.title": "Siaradwch â gwasanaeth arbenigol",
  "tailoring.strategy.honour-specialist.what":
    'Mae Karma Nirvana yn helpu pobl sy\'n wynebu cam-drin ar sail "anrhydedd" a phriodas dan orfod.',
  "tailoring.strategy.honour-specialist.why":
    "Maen nhw'n deall pwysau gan y teulu a'r gymuned, a fyddan nhw ddim yn eich barnu.",
  "tailoring.strategy.honour-specialist.how": [
    "Ffoniwch pan fyddwch chi ar eich pen eich hun, o ffôn nad yw eich teulu'n ei wirio.",
  ],
  "tailoring.strategy.honour-specialist.printLabel": "Galwad ffôn",
  "tailoring.strategy.forced-marriage-help.title": "Mae gorfodi rhywun i briodi yn drosedd",
  "tailoring.strategy.forced-marriage-help.what":
    "Yn y DU, mae gorfodi rhywun i briodi yn drosedd. Gall Uned Priodasau dan Orfod y llywodraeth (Forced Marriage Unit) helpu, yn y DU a thramor.",
  "tailoring.strategy.forced-marriage-help.why":
    "Gall llys hefyd wneud gorchymyn i atal priodas, neu i ddod â rhywun adref.",
  "tailoring.strategy.forced-marriage-help.how": ["Dywedwch wrth athro, meddyg, gweithiwr cymorth neu'r heddlu."],
  "tailoring.strategy.forced-marriage-help.printLabel": "Nodiadau priodas",
  "tailoring.strategy.travel-abroad.title": "Byddwch yn ofalus am deithio dramor",
  "tailoring.strategy.travel-abroad.what":
    "Os ydych chi'n ofni y bydd rhywun yn mynd â chi dramor i briodi, dywedwch wrth rywun cyn unrhyw daith, a chadwch gopïau o'ch pasbort.",
  "tailoring.strategy.travel-abroad.why": "Mae'n llawer anoddach cael help unwaith rydych chi dramor.",
  "tailoring.strategy.travel-abroad.how": [
    "Rhowch rif eich pasbort, a'r cyfeiriad lle byddwch chi'n aros, i rywun rydych chi'n ymddiried ynddo.",
    "Cytunwch pryd byddwch chi'n cysylltu, a beth fyddan nhw'n ei wneud os na fyddwch chi'n cysylltu.",
  ],
  "tailoring.strategy.travel-abroad.printLabel": "Manylion teithio",
  "tailoring.strategy.trusted-outside-family.title": "Dewiswch rywun y tu allan i'r teulu",
  "tailoring.strategy.trusted-outside-family.what":
    "Dewiswch un person y gallwch chi ymddiried ynddo y tu allan i'ch teulu a'ch cymuned. Er enghraifft athro, meddyg neu ffrind.",
  "tailoring.strategy.trusted-outside-family.why":
    "Pan fydd y teulu'n rhan o'r peth, efallai na fydd help o'r tu mewn i'r teulu yn ddiogel.",
  "tailoring.strategy.trusted-outside-family.how": ["Cytunwch sut byddwch chi'n cysylltu â nhw, ac ar air cod."],
  "tailoring.strategy.trusted-outside-family.printLabel": "Ffrind",

  "tailoring.strategy.tell-someone-you-trust.title": "Dywedwch wrth un person rydych chi'n ymddiried ynddo",
  "tailoring.strategy.tell-someone-you-trust.what":
    "Dywedwch wrth un ffrind, perthynas neu gydweithiwr beth sy'n digwydd, a beth hoffech chi iddyn nhw ei wneud.",
  "tailoring.strategy.tell-someone-you-trust.why":
    "Does dim rhaid i chi ddelio â hyn ar eich pen eich hun, a gall rhywun sy'n gwybod weithredu os na allwch chi.",
  "tailoring.strategy.tell-someone-you-trust.how": [
    "Dewiswch rywun na fydd yn dweud wrth y person.",
    "Rhowch nhw yn y rhestr o bobl yn eich cynllun.",
  ],
  "tailoring.strategy.tell-someone-you-trust.printLabel": "Ffrind",
  "tailoring.strategy.ask-about-idva.title": "Gofynnwch am gynghorydd i chi eich hun",
  "tailoring.strategy.ask-about-idva.what":
    "Mae cynghorydd annibynnol ar drais domestig (IDVA) yn gweithio gyda phobl sydd mewn risg uchel. Maen nhw ar eich ochr chi, nid ar ochr yr heddlu na'r cyngor.",
  "tailoring.strategy.ask-about-idva.why":
    "Gallan nhw helpu gyda diogelwch, tai, llysoedd ac arian, a siarad ar eich rhan mewn cyfarfod MARAC.",
  "tailoring.strategy.ask-about-idva.how": [
    "Gofynnwch i'ch llinell gymorth, eich meddyg teulu neu wasanaeth cymorth lleol sut i gysylltu ag un.",
  ],
  "tailoring.strategy.ask-about-idva.printLabel": "Cynghorydd",
  "tailoring.strategy.lgbt-service.title": "Siaradwch â gwasanaeth i bobl LHDTC+",
  "tailoring.strategy.lgbt-service.what":
    "Mae Galop yn rhedeg llinell gymorth i bobl LHDTC+ sy'n cael eu cam-drin, gan gynnwys gan y teulu.",
  "tailoring.strategy.lgbt-service.why":
    "Maen nhw'n deall bygythiadau fel dweud wrth bobl eraill eich bod chi'n LHDTC+, a'r rhwystrau mae pobl LHDTC+ yn eu hwynebu.",
  "tailoring.strategy.lgbt-service.how": ["Ffoniwch pan fyddwch chi ar eich pen eich hun."],
  "tailoring.strategy.lgbt-service.printLabel": "Galwad ffôn",
  "tailoring.strategy.service-for-men.title": "Siaradwch â gwasanaeth i ddynion",
  "tailoring.strategy.service-for-men.what":
    "Mae'r Men's Advice Line yn helpu dynion sy'n cael eu cam-drin gan bartner neu gan y teulu.",
  "tailoring.strategy.service-for-men.why":
    "Yn aml, dydy pobl ddim yn credu dynion, neu mae cywilydd arnyn nhw ofyn am help. Mae'r gwasanaeth yn deall.",
  "tailoring.strategy.service-for-men.how": ["Ffoniwch pan fyddwch chi ar eich pen eich hun."],
  "tailoring.strategy.service-for-men.printLabel": "Galwad ffôn",
  "tailoring.strategy.older-people.title": "Gall pobl hŷn gael help hefyd",
  "tailoring.strategy.older-people.what":
    "Mae cam-drin gan bartner, gan blentyn sydd wedi tyfu i fyny neu gan ofalwr yn gam-drin ar unrhyw oed. Gall eich meddyg teulu a gofal cymdeithasol oedolion helpu.",
  "tailoring.strategy.older-people.why":
    "Mae pobl hŷn yn aml yn cael eu hanghofio, ac efallai eu bod nhw'n dibynnu ar y person sy'n eu brifo.",
  "tailoring.strategy.older-people.how": [
    "Dywedwch wrth eich meddyg teulu, nyrs neu eich llinell gymorth beth sy'n digwydd.",
  ],
  "tailoring.strategy.older-people.printLabel": "Apwyntiad",
  "tailoring.strategy.family-abuse-counts.title": "Mae cam-drin gan y teulu yn cyfrif hefyd",
  "tailoring.strategy.family-abuse-counts.what":
    "Mae'r gyfraith yn dweud bod cam-drin gan aelod o'r teulu sy'n 16 oed neu'n hŷn yn gam-drin domestig. Nid dim ond cam-drin gan bartner yw e.",
  "tailoring.strategy.family-abuse-counts.why": "Mae'r un help, yr un gorchmynion a'r un gwasanaethau ar gael i chi.",
  "tailoring.strategy.family-abuse-counts.how": [
    "Dywedwch wrth eich llinell gymorth pwy sy'n eich brifo. Fyddan nhw ddim yn eich barnu chi na'ch teulu.",
  ],
  "tailoring.strategy.family-abuse-counts.printLabel": "Nodiadau teulu",

  "tailoring.strategy.right-to-ask.title": "Gofynnwch i'r heddlu am orffennol partner",
  "tailoring.strategy.right-to-ask.what":
    "O dan Gyfraith Clare (Clare's Law), gallwch chi ofyn i'r heddlu a oes gan bartner hanes o gam-drin.",
  "tailoring.strategy.right-to-ask.why": "Gall gwybod eich helpu i benderfynu beth i'w wneud.",
  "tailoring.strategy.right-to-ask.how": [
    "Gofynnwch wyneb yn wyneb mewn gorsaf heddlu, neu dros y ffôn ar y rhif sydd ddim ar gyfer argyfwng. Mewn llawer o ardaloedd, gallwch chi ofyn ar-lein hefyd.",
  ],
  "tailoring.strategy.right-to-ask.printLabel": "Cwestiwn i'w ofyn",
  "tailoring.strategy.protective-orders.title": "Gofynnwch am orchymyn sy'n eu cadw nhw draw",
  "tailoring.strategy.protective-orders.what":
    "Gall llys orchymyn i'r person beidio â chysylltu â chi, neu i gadw draw o'ch cartref.",
  "tailoring.strategy.protective-orders.why":
    "Mae torri rhai o'r gorchmynion hyn yn drosedd, felly gall yr heddlu weithredu'n gyflym.",
  "tailoring.strategy.protective-orders.how": [
    "Gofynnwch i weithiwr cymorth neu i gyfreithiwr am orchymyn rhag molestu (non-molestation order) neu orchymyn meddiannu (occupation order).",
    "Mewn argyfwng, gall gorchymyn gael ei wneud heb i'r person gael gwybod yn gyntaf.",
  ],
  "tailoring.strategy.protective-orders.printLabel": "Gwaith papur",
  "tailoring.strategy.legal-aid.title": "Gwiriwch a allwch chi gael cymorth cyfreithiol",
  "tailoring.strategy.legal-aid.what":
    "Os ydych chi wedi cael eich cam-drin, efallai y gallwch chi gael cymorth cyfreithiol i dalu cyfreithiwr. Mae hyn ar gyfer achosion teulu, fel ble mae'r plant yn byw a phwy maen nhw'n ei weld.",
  "tailoring.strategy.legal-aid.why":
    "Fel arfer, bydd angen rhyw fath o brawf arnoch chi, fel llythyr gan feddyg neu wasanaeth cymorth.",
  "tailoring.strategy.legal-aid.how": [
    "Gofynnwch i gyfreithiwr teulu sy'n gwneud gwaith cymorth cyfreithiol, neu i'ch gweithiwr cymorth.",
  ],
  "tailoring.strategy.legal-aid.printLabel": "Help gyda chostau",

  "tailoring.strategy.not-your-fault.title": "Cofiwch: nid eich bai chi yw e",
  "tailoring.strategy.not-your-fault.what":
    "Does dim byd rydych chi'n ei wneud neu'n ei ddweud yn gwneud hyn yn fai arnoch chi. Y person sy'n eich brifo sy'n dewis gwneud hynny.",
  "tailoring.strategy.not-your-fault.why":
    "Mae pobl sy'n brifo eraill yn aml yn beio'r person maen nhw'n ei frifo. Dydy hynny ddim yn wir.",
  "tailoring.strategy.not-your-fault.how": [
    "Ysgrifennwch rywbeth caredig y byddech chi'n ei ddweud wrth ffrind yn eich sefyllfa chi.",
  ],
  "tailoring.strategy.not-your-fault.printLabel": "Nodyn i gofio",
  "tailoring.strategy.mixed-feelings.title": "Mae teimladau cymysg yn normal",
  "tailoring.strategy.mixed-feelings.what": "Gallwch chi garu rhywun a dal i fod eisiau i'r brifo stopio.",
  "tailoring.strategy.mixed-feelings.why":
    "Teimlo eich bod chi'n cael eich tynnu ddwy ffordd yw un o'r rhannau anoddaf. Gall siarad am y peth helpu.",
  "tailoring.strategy.mixed-feelings.how": [
    "Siaradwch â'ch llinell gymorth. Fyddan nhw ddim yn dweud wrthych chi beth i'w wneud.",
  ],
  "tailoring.strategy.mixed-feelings.printLabel": "Meddyliau",
  "tailoring.strategy.look-after-yourself.title": "Gofalwch amdanoch chi eich hun",
  "tailoring.strategy.look-after-yourself.what":
    "Mae cwsg, bwyd, awyr iach a phobl sy'n malio amdanoch chi i gyd yn eich helpu i ymdopi.",
  "tailoring.strategy.look-after-yourself.why":
    "Mae cam-drin yn blino pobl ac yn eu gwanhau. Gall pethau bach eich helpu i deimlo'n gryfach.",
  "tailoring.strategy.look-after-yourself.how": [
    "Siaradwch â'ch meddyg teulu os ydych chi'n teimlo'n isel, yn bryderus neu'n methu cysgu.",
  ],
  "tailoring.strategy.look-after-yourself.printLabel": "Amser i mi",

  "tailoring.strategy.signal-and-power.title": "Cadwch ffordd o alw am help",
  "tailoring.strategy.signal-and-power.what":
    "Dewch i wybod ble mae signal gan eich ffôn, a chadwch fatri wrth gefn wedi'i wefru.",
  "tailoring.strategy.signal-and-power.why":
    "Yn bell o bobl eraill, gall help gymryd mwy o amser i gyrraedd, felly mae angen i chi allu galw'n gynnar.",
  "tailoring.strategy.signal-and-power.how": ["Nodwch y lle agosaf lle mae pobl, fel siop neu gymydog."],
  "tailoring.strategy.signal-and-power.printLabel": "Batri wrth gefn",
  "tailoring.strategy.lift-arranged.title": "Trefnwch lifft ymlaen llaw",
  "tailoring.strategy.lift-arranged.what":
    "Gofynnwch i rywun rydych chi'n ymddiried ynddo, sydd â char, a fydden nhw'n eich gyrru chi petai angen i chi fynd.",
  "tailoring.strategy.lift-arranged.why": "Heb gar, gall cyrraedd rhywle mwy diogel gymryd gormod o amser.",
  "tailoring.strategy.lift-arranged.how": ["Cadwch eu rhif nhw, a rhif tacsi, yn eich cynllun."],
  "tailoring.strategy.lift-arranged.printLabel": "Lifft",

  // Signs of danger: each is a plain statement the person may recognise, then what it means.
  "tailoring.sign.strangled.label":
    "Maen nhw wedi rhoi eu dwylo am fy ngwddf, wedi fy nhagu, neu wedi ceisio gwneud hynny",
  "tailoring.sign.strangled.flag":
    "Mae cael eich tagu yn beryglus iawn, hyd yn oed os nad oes marc. Gall achosi niwed na allwch chi ei weld, ac mae'n rhybudd y gallen nhw ladd.",
  "tailoring.sign.threats-to-kill.label": "Maen nhw wedi bygwth fy lladd i, lladd rhywun arall neu ladd eu hunain",
  "tailoring.sign.threats-to-kill.flag":
    "Cymerwch fygythiadau i ladd o ddifrif, hyd yn oed os cawson nhw eu dweud mewn tymer neu fel jôc.",
  "tailoring.sign.separation.label": "Rydyn ni wedi gwahanu, neu rydw i'n bwriadu gwneud hynny",
  "tailoring.sign.separation.flag":
    "Yr adeg o gwmpas gadael, ac yn syth wedyn, yw'r adeg pan fydd llawer o bobl yn y perygl mwyaf. Cynlluniwch hyn gyda help.",
  "tailoring.sign.stalking.label": "Maen nhw'n fy nilyn i, yn fy ngwylio i, neu'n cysylltu â fi o hyd",
  "tailoring.sign.stalking.flag": "Mae stelcio yn drosedd, ac mae'n aml yn dod cyn niwed difrifol.",
  "tailoring.sign.weapons.label":
    "Maen nhw wedi defnyddio arf arna i, neu wedi fy mygwth ag arf, neu maen nhw'n gallu cael gafael ar un",
  "tailoring.sign.weapons.flag": "Mae arf yn gwneud niwed difrifol yn llawer mwy tebygol.",
  "tailoring.sign.getting-worse.label": "Mae'n digwydd yn amlach, neu'n gwaethygu",
  "tailoring.sign.getting-worse.flag":
    "Mae cam-drin sy'n gwaethygu neu'n digwydd yn amlach yn arwydd bod y risg yn codi.",
  "tailoring.sign.pregnant-or-baby.label": "Rydw i'n feichiog, neu mae gen i fabi dan flwydd oed",
  "tailoring.sign.pregnant-or-baby.flag":
    "Mae cam-drin yn aml yn dechrau neu'n gwaethygu yn ystod beichiogrwydd ac ar ôl geni babi. Rydych chi a'ch babi yn haeddu help ychwanegol.",
  "tailoring.sign.own-fear.label": "Mae gen i ofn beth allen nhw ei wneud",
  "tailoring.sign.own-fear.flag":
    "Eich synnwyr eich hun o berygl yw un o'r arwyddion gorau sydd ar gael. Ymddiriedwch ynddo.",
  "tailoring.sign.threats-about-children.label":
    "Maen nhw'n bygwth mynd â'r plant neu eu brifo, neu'n defnyddio cyswllt â'r plant i gael ata i",
  "tailoring.sign.threats-about-children.flag": "Mae bygythiadau am y plant yn ddifrifol, iddyn nhw ac i chi.",
  "tailoring.advice.phone-999.title": "Ffoniwch 999",
  "tailoring.advice.phone-999.text": "Os ydych chi mewn perygl nawr, ffoniwch 999 a gofynnwch am yr heddlu.",
  "tailoring.advice.silent-call.title": "Os na allwch chi siarad: 999, wedyn 55",
  "tailoring.advice.silent-call.text":
    "Ar ffôn symudol, deialwch 999. Os na allwch chi siarad, pwyswch 55 pan ofynnir i chi. Bydd y gweithredwr yn eich trosglwyddo i'r heddlu.",
  "tailoring.advice.helpline.title": "Siaradwch â'ch llinell gymorth",
  "tailoring.advice.helpline.text":
    "Gallan nhw eich helpu i wneud cynllun ar gyfer yr hyn rydych chi wedi'i adnabod, ar unrhyw adeg o'r dydd neu'r nos.",
  "tailoring.advice.idva.title": "Gofynnwch am gynghorydd annibynnol ar drais domestig (IDVA)",
  "tailoring.advice.idva.text":
    "Mae IDVA yn gynghorydd wedi'i hyfforddi sy'n gweithio gyda phobl sydd mewn risg uchel, ac sydd ar eich ochr chi. Gall eich llinell gymorth, eich meddyg teulu neu wasanaeth cymorth lleol eich rhoi mewn cysylltiad.",
  "tailoring.advice.marac.title": "Beth yw MARAC",
  "tailoring.advice.marac.text":
    "Cyfarfod am bobl sydd yn y risg uchaf yw MARAC. Mae'r heddlu, gwasanaethau iechyd, tai, gwasanaethau plant ac eraill yn rhannu'r hyn maen nhw'n ei wybod, ac yn cytuno sut i'w cadw'n fwy diogel. Dydych chi ddim yn mynd iddo: mae cynghorydd yn siarad ar eich rhan. Gall gweithiwr proffesiynol eich atgyfeirio, gyda'ch cytundeb chi lle bo modd.",
  "tailoring.advice.see-a-doctor.title": "Ewch i weld meddyg",
  "tailoring.advice.see-a-doctor.text":
    "Gofynnwch i feddyg neu fydwraig eich archwilio, hyd yn oed os ydych chi'n teimlo'n iawn. Dywedwch wrthyn nhw beth ddigwyddodd.",
  "tailoring.advice.keep-a-record.title": "Cadwch gofnod",
  "tailoring.advice.keep-a-record.text":
    "Ysgrifennwch beth sy'n digwydd, gyda dyddiadau, a chadwch negeseuon, rywle lle na all y person ddod o hyd iddyn nhw.",
  "tailoring.advice.children-services.title": "Gofynnwch am help i'r plant",
  "tailoring.advice.children-services.text":
    "Dywedwch wrth weithiwr cymorth, wrth ysgol y plant neu wrth linell gymorth yr NSPCC. Gall gwasanaethau plant helpu i'w hamddiffyn.",

  // Is this device safe? One question each, and one thing to do when the answer is a worry.
  "tailoring.device.others-unlock.question":
    "Allai'r person ddatgloi'r ffôn neu'r cyfrifiadur hwn, neu ydyn nhw'n gwybod y cod i'w agor?",
  "tailoring.device.others-unlock.todo":
    "Defnyddiwch ddyfais wahanol ar gyfer eich cynllun os gallwch chi, fel ffôn ffrind neu gyfrifiadur yn y llyfrgell. Os yw'n ddiogel, newidiwch y cod.",
  "tailoring.device.they-set-it-up.question": "Wnaeth y person brynu'r ddyfais hon, ei gosod, neu ei chael am gyfnod?",
  "tailoring.device.they-set-it-up.todo":
    "Efallai eu bod nhw wedi ychwanegu apiau neu osodiadau sy'n rhannu'r hyn rydych chi'n ei wneud. Ar gyfer unrhyw beth preifat, defnyddiwch ddyfais nad ydyn nhw erioed wedi'i chael.",
  "tailoring.device.shared-account.question":
    "Ydy'r ddyfais hon wedi mewngofnodi i gyfrif y gall y person ei agor? Er enghraifft cyfrif Google, Apple neu Microsoft sy'n cael ei rannu.",
  "tailoring.device.shared-account.todo":
    "Gall unrhyw beth sy'n cael ei gadw yn y cyfrif hwnnw, fel lluniau, hanes neu gyfrineiriau, ddangos ar eu dyfeisiau nhw hefyd. Defnyddiwch ffenest breifat, a pheidiwch â chadw cyfeiriad y wefan hon.",
  "tailoring.device.browser-sync.question":
    "Ydy'r porwr hwn wedi mewngofnodi ac yn cysoni, fel bod eich hanes yn dangos ar ddyfeisiau eraill?",
  "tailoring.device.browser-sync.todo":
    "Defnyddiwch ffenest breifat ar gyfer y wefan hon. Os ydych chi wedi bod arni'n barod, dilëwch y cofnodion hynny yn unig o'r hanes, yn lle clirio popeth.",
  "tailoring.device.location-shared.question":
    "Allai'r person weld ble rydych chi, er enghraifft drwy ap mapiau, Find My, neu ap teulu?",
  "tailoring.device.location-shared.todo":
    "Gwiriwch rannu lleoliad yng ngosodiadau'r ffôn. Gall ei ddiffodd eu rhybuddio nhw, felly meddyliwch yn gyntaf, a gofynnwch i weithiwr cymorth eich helpu.",
  "tailoring.device.family-apps.question": "Ydych chi mewn grŵp teulu neu ap rheolaeth rhieni gyda'r person?",
  "tailoring.device.family-apps.todo":
    "Gall apiau teulu rannu eich lleoliad, eich pryniannau a'ch amser sgrin. Gofynnwch i weithiwr cymorth eich helpu i wirio beth gallan nhw ei weld.",
  "tailoring.device.childrens-devices.question":
    "Oes gan eich plant ffonau, tabledi neu gemau a gafodd eu rhoi neu eu gosod gan y person?",
  "tailoring.device.childrens-devices.todo":
    "Gall y dyfeisiau hynny rannu ble mae'r plant. Gwiriwch eu gosodiadau lleoliad a theulu, gyda help os oes angen.",
  "tailoring.device.smart-home.question":
    "Oes camerâu, seinyddion clyfar neu gloch drws fideo yn y cartref sy'n cael eu rheoli gan y person?",
  "tailoring.device.smart-home.todo":
    "Efallai y gallan nhw weld neu glywed beth sy'n digwydd yn y cartref. Gwnewch alwadau a defnyddiwch y wefan hon i ffwrdd oddi wrthyn nhw.",
  "tailoring.device.knows-too-much.question":
    "Ydy'r person fel petai'n gwybod pethau na ddylai eu gwybod: eich negeseuon, beth rydych chi wedi chwilio amdano, neu ble rydych chi wedi bod?",
  "tailoring.device.knows-too-much.todo":
    "Gall hynny fod yn arwydd o ysbïwedd neu o gyfrif sy'n cael ei rannu. Peidiwch â defnyddio'r ddyfais hon ar gyfer eich cynllun. Gall eich llinell gymorth ddweud wrthych chi sut i gael rhywun i'w gwirio.",
  "tailoring.device.answer.yes": "Ie",
  "tailoring.device.answer.no": "Na",
  "tailoring.device.answer.not-sure": "Ddim yn siŵr",

  // If I need to go now: the general list when the person has not made their own.
  "tailoring.goNow.take.phone": "Eich ffôn a'ch gwefrydd",
  "tailoring.goNow.take.keys": "Allweddi",
  "tailoring.goNow.take.money": "Arian a chardiau banc",
  "tailoring.goNow.take.medicines": "Meddyginiaeth",
  "tailoring.goNow.take.documents": "Pasbort neu ddogfen adnabod arall, os gallwch chi ei chyrraedd yn gyflym",
  "tailoring.goNow.take.children": "Y plant, a beth sydd ei angen arnyn nhw heno",
  // The screens' own words.
  "tailoring.ui.ratherNotSay": "Byddai'n well gen i beidio â dweud",
  "tailoring.ui.priorities.intro": "Dewiswch beth sy'n bwysig i chi, wedyn symudwch y peth pwysicaf i'r brig.",
  "tailoring.ui.priorities.chosen": "Beth sy'n bwysig i mi, y pwysicaf yn gyntaf",
  "tailoring.ui.priorities.none": "Does dim wedi'i ddewis eto.",
  "tailoring.ui.priorities.up": "Symud i fyny",
  "tailoring.ui.priorities.down": "Symud i lawr",
  "tailoring.ui.priorities.remove": "Tynnu allan",
  "tailoring.ui.priorities.moved": "Mae {name} nawr yn rhif {n}.",
  "tailoring.ui.priorities.own": "Yn eich geiriau eich hun, beth sy'n bwysig i chi?",
  "tailoring.ui.ideas.empty":
    'Atebwch "Beth sy\'n berthnasol i mi" a "Beth sy\'n bwysig i mi" i weld syniadau wedi\'u dewis i chi. Gallwch chi hefyd edrych drwy bob syniad isod.',
  "tailoring.ui.ideas.suggested": "Wedi'u hawgrymu i chi",
  "tailoring.ui.ideas.suggestedHint":
    "Dydyn nhw ddim yn eich cynllun eto. Dim ond y syniadau rydych chi'n eu cadw sy'n mynd i mewn iddo, ac ar y copi papur.",
  "tailoring.ui.ideas.suggestedNone":
    "Rydych chi wedi penderfynu am bob awgrym. Edrychwch drwy bob syniad isod i weld rhagor.",
  "tailoring.ui.ideas.because": "Wedi'i awgrymu oherwydd {reasons}.",
  "tailoring.ui.ideas.between": ", ",
  "tailoring.ui.ideas.and": " a ",
  "tailoring.ui.ideas.andVowel": " ac ",
  "tailoring.ui.ideas.how": "Pam mae'n helpu, a sut",
  "tailoring.ui.ideas.more": {
    zero: "Dangos {count} syniad arall",
    one: "Dangos 1 syniad arall",
    two: "Dangos {count} syniad arall",
    few: "Dangos {count} syniad arall",
    many: "Dangos {count} syniad arall",
    other: "Dangos {count} syniad arall",
  },
  "tailoring.ui.ideas.call": "Pwy all helpu:",
  "tailoring.ui.ideas.keep": "Cadw yn fy nghynllun",
  "tailoring.ui.ideas.drop": "Ddim i mi",
  "tailoring.ui.ideas.kept": "Yn fy nghynllun",
  "tailoring.ui.ideas.keptNone":
    "Does dim wedi'i gadw eto. Pwyswch \"Cadw yn fy nghynllun\" ar unrhyw syniad sy'n addas i chi.",
  "tailoring.ui.ideas.note": "Fy nodiadau am hyn",
  "tailoring.ui.ideas.takeOut": "Tynnu allan o fy nghynllun",
  "tailoring.ui.ideas.own": "Fy syniadau fy hun",
  "tailoring.ui.ideas.ownTitle": "Fy syniad",
  "tailoring.ui.ideas.ownNote": "Sut bydda i'n ei wneud",
  "tailoring.ui.ideas.ownN": "Fy syniad fy hun {n}",
  "tailoring.ui.ideas.addOwn": "Ychwanegu syniad fy hun",
  "tailoring.ui.ideas.removeOwn": "Tynnu'r syniad hwn",
  "tailoring.ui.ideas.dropped": "Wedi'u rhoi o'r neilltu ({count})",
  "tailoring.ui.ideas.bringBack": "Dod ag e'n ôl",
  "tailoring.ui.ideas.all": "Edrych drwy bob syniad",
  "tailoring.ui.ideas.inPlan": "Yn fy nghynllun",
  "tailoring.ui.ideas.keptDone": "Wedi'i gadw yn eich cynllun: {title}.",
  "tailoring.ui.ideas.droppedDone": "Wedi'i roi o'r neilltu: {title}. Gallwch chi ddod ag e'n ôl isod.",
  "tailoring.ui.panel.close": "Yn ôl at fy nghynllun",
  "tailoring.ui.goNow.title": "Os oes rhaid i mi fynd nawr",
  "tailoring.ui.goNow.intro":
    "Yr ychydig bethau sydd bwysicaf. Darllenwch nhw nawr, er mwyn i chi eu gwybod pan fydd eu hangen arnoch chi.",
  "tailoring.ui.goNow.danger":
    "Os ydych chi mewn perygl, ffoniwch 999. Os na allwch chi siarad ar ffôn symudol, pwyswch 55 pan ofynnir i chi.",
  "tailoring.ui.goNow.where": "Ble galla i fynd",
  "tailoring.ui.goNow.who": "Pwy galla i eu ffonio",
  "tailoring.ui.goNow.codeWord": "Fy ngair cod",
  "tailoring.ui.goNow.waysOut": "Fy ffyrdd allan",
  "tailoring.ui.goNow.children": "Ble gall y plant fynd",
  "tailoring.ui.goNow.take": "Ewch â'r rhain os gallwch chi",
  "tailoring.ui.goNow.takeMine": "O fy rhestr",
  "tailoring.ui.goNow.nothing":
    "Dydy eich cynllun ddim yn dweud eto ble byddech chi'n mynd na phwy byddech chi'n eu ffonio. Llenwch \"Paratoi i adael\" a'ch rhestr o bethau i fynd gyda chi, a byddan nhw'n ymddangos yma.",
  "tailoring.ui.goNow.leave":
    "Peidiwch ag aros i nôl pethau os ydych chi mewn perygl. Rydych chi'n bwysicach nag unrhyw beth y gallech chi ei gymryd gyda chi.",
  "tailoring.ui.signs.title": "Arwyddion perygl",
  "tailoring.ui.signs.intro":
    "Mae rhai pethau'n gwneud niwed difrifol yn fwy tebygol. Ticiwch unrhyw rai rydych chi'n eu hadnabod i weld beth gallwch chi ei wneud. Does dim sgôr: eich synnwyr eich hun o berygl sydd bwysicaf.",
  "tailoring.ui.signs.legend": "Ydych chi'n adnabod unrhyw un o'r rhain?",
  "tailoring.ui.signs.flagged": "Beth mae hyn yn ei olygu",
  "tailoring.ui.signs.todo": "Beth gallwch chi ei wneud",
  "tailoring.ui.signs.none":
    "Hyd yn oed os na wnaethoch chi dicio dim, ymddiriedwch yn eich teimladau. Os oes ofn arnoch chi, siaradwch â rhywun.",
  "tailoring.ui.signs.notKept":
    "Dydy'r hyn rydych chi'n ei dicio yma ddim yn cael ei gadw: mae'n diflannu pan fyddwch chi'n cau hwn.",
  "tailoring.ui.device.title": "Ydy'r ddyfais hon yn ddiogel?",
  "tailoring.ui.device.intro":
    "Ychydig o gwestiynau am y ffôn neu'r cyfrifiadur rydych chi'n ei ddefnyddio nawr. Gallwch chi neidio dros unrhyw rai. Dydy eich atebion ddim yn cael eu cadw yn unman.",
  "tailoring.ui.device.todo": "Beth i'w wneud",
  "tailoring.ui.device.allClear":
    'Does dim byd a ddywedoch chi yn achos pryder. Daliwch ati i ddefnyddio "Gadael y dudalen hon" pan fydd angen, a darllenwch "Cadw\'n ddiogel ar-lein" i gael rhagor.',
  "tailoring.ui.device.onlineSafety": "Cadw'n ddiogel ar-lein",
};
