import type { youngPersonPractice as en } from "../../en/practice/young-person";
import type { Translation } from "../../types";

/**
 * Ymarfer y person ifanc: plain words, not childish; the young person is "ti", as Welsh services
 * for young people write, and the 999 operator, a stranger, says "chi". Each blank ends its
 * sentence and follows a word that does not change it ("i", "ar", "wrth").
 */
export const youngPersonPractice: Translation<typeof en> = {
  "practice.young-person.title": "Ymarfer fy nghynllun",
  "practice.young-person.intro": [
    "Dyma gyfle i feddwl am dy gynllun cyn i ti fyth ei angen. Does dim byd yma'n brawf.",
    "Mae gan bob sefyllfa ychydig o ddewisiadau. Dewisa beth allet ti ei wneud, a byddi di'n gweld pam mae'n helpu neu beth yw'r risgiau.",
    "Galli di fynd yn ôl a thrio dewisiadau eraill mor aml ag rwyt ti eisiau.",
  ],
  "practice.young-person.blank.safePlace": "dy le diogel",
  "practice.young-person.blank.trustedPerson": "oedolyn rwyt ti'n ymddiried ynddo",
  "practice.young-person.blank.nearestPhone": "y ffôn agosaf",
  "practice.young-person.blank.neighbour": "cymydog rwyt ti'n ymddiried ynddo",
  "practice.young-person.blank.name": "dy enw",
  "practice.young-person.blank.address": "dy gyfeiriad",
  "practice.young-person.argument-getting-worse.situation":
    "Mae'r oedolion gartref yn dadlau. Mae'n mynd yn uwch, ac rwyt ti'n meddwl y gallai rhywun gael ei frifo.",
  "practice.young-person.argument-getting-worse.question": "Beth yw'r peth mwyaf diogel i'w wneud?",
  "practice.young-person.argument-getting-worse.argument-step-in.label": "Cama rhyngddyn nhw i'w stopio.",
  "practice.young-person.argument-getting-worse.argument-step-in.feedback":
    "Mae'n gwneud synnwyr bod eisiau amddiffyn rhywun rwyt ti'n ei garu. Ond gallet ti gael dy frifo'n ddrwg wrth gamu i mewn, ac anaml mae'n stopio'r trais. Nid dy waith di yw ei stopio.",
  "practice.young-person.argument-getting-worse.argument-get-out.label": "Gad yr ystafell a dos i {safePlace}.",
  "practice.young-person.argument-getting-worse.argument-get-out.feedback":
    "Ie. Mynd allan o'r ffordd yw'r peth mwyaf diogel y galli di ei wneud. Dos i rywle lle does dim rhaid i ti fynd heibio'r helynt i'w gyrraedd.",
  "practice.young-person.argument-getting-worse.argument-call-999.label":
    "Os oes rhywun yn cael ei frifo a'i bod hi'n ddiogel, ffonia 999 ar {nearestPhone}.",
  "practice.young-person.argument-getting-worse.argument-call-999.feedback":
    "Ie. Ffonio'r heddlu pan fydd rhywun yn cael ei frifo yw'r peth iawn i'w wneud. Ffonia dim ond pan fydd hi'n ddiogel i ti, o rywle allan o'r ffordd os yn bosibl.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.label":
    "Aros yn yr ystafell i gadw llygad ar bethau.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.feedback":
    "Mae'n naturiol bod eisiau gwybod beth sy'n digwydd. Ond mae aros yn agos yn dy roi di mewn perygl, ac alli di ddim rheoli beth sy'n digwydd. Mae mynd allan o'r ffordd yn fwy diogel.",
  "practice.young-person.taking-sides.situation":
    "Mae un o'r oedolion gartref eisiau i ti gymryd ei ochr, neu basio neges i'r llall.",
  "practice.young-person.taking-sides.question": "Beth allet ti ei wneud?",
  "practice.young-person.taking-sides.sides-pass-message.label": "Pasia'r neges ymlaen, i gadw'r heddwch.",
  "practice.young-person.taking-sides.sides-pass-message.feedback":
    "Efallai dy fod ti'n gobeithio y bydd yn tawelu pethau. Ond mae cario negeseuon yn dy roi di yn y canol, a gallet ti gael y bai neu gael dy frifo. Dylai oedolion ddatrys eu problemau eu hunain.",
  "practice.young-person.taking-sides.sides-stay-out.label": "Dywed yn dawel nad wyt ti eisiau bod yn y canol.",
  "practice.young-person.taking-sides.sides-stay-out.feedback":
    "Ie, os yw'n teimlo'n ddiogel i'w ddweud. Does dim rhaid i ti ddewis rhwng yr oedolion yn dy fywyd, a dwyt ti ddim yn gyfrifol am eu problemau nhw.",
  "practice.young-person.taking-sides.sides-tell-trusted.label":
    "Dywed beth maen nhw'n ei ofyn gen ti, a sut mae hynny'n teimlo, wrth {trustedPerson}.",
  "practice.young-person.taking-sides.sides-tell-trusted.feedback":
    "Ie. Mae cael dy dynnu i mewn i ffraeo oedolion yn llawer i'w gario. Gall oedolyn rwyt ti'n ymddiried ynddo dy helpu i benderfynu beth i'w wneud. Does dim rhaid i ti ddelio â hyn ar dy ben dy hun.",
  "practice.young-person.taking-sides.sides-pick-a-side.label":
    "Dewisa ochr, fel bod o leiaf un ohonyn nhw'n hapus gyda ti.",
  "practice.young-person.taking-sides.sides-pick-a-side.feedback":
    "Mae'r pwysau hwnnw'n real, a dydy e ddim yn deg arnat ti. Ond gall cymryd ochr dy dynnu di'n ddyfnach i'r ffraeo. Nid dy fai di yw dim o hyn, pwy bynnag rwyt ti'n teimlo'n agosach ato.",
  "practice.young-person.younger-sibling-scared.situation":
    "Mae'r oedolion yn ymladd. Mae dy frawd neu dy chwaer iau yn ofnus ac yn crio.",
  "practice.young-person.younger-sibling-scared.question": "Beth allet ti ei wneud?",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.label":
    "Os galli di wneud hynny'n ddiogel, dos â nhw gyda ti i {safePlace}.",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.feedback":
    "Ie. Mae mynd allan o'r ffordd gyda'ch gilydd yn eich cadw chi'ch dau yn fwy diogel. Gwna hynny dim ond os nad oes rhaid i ti fynd heibio'r ymladd.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.label":
    "Dos i ddweud wrth yr oedolion am stopio, achos eu bod nhw'n ypsetio'r un bach.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.feedback":
    "Rwyt ti'n gofalu amdanyn nhw, ac mae hynny'n garedig. Ond mae mynd i mewn i'r ymladd yn dy roi di mewn perygl, ac nid dy waith di yw ei stopio. Aros allan o'r ffordd gyda nhw os galli di.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.label":
    "Aros gyda nhw mewn lle tawel, a gwnewch rywbeth i ymlacio gyda'ch gilydd.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.feedback":
    "Ie. Gall llais tawel, gêm neu ychydig o gerddoriaeth helpu plentyn ofnus. Ond dydy eu diogelwch nhw ddim i gyd arnat ti: gwaith yr oedolion yw e.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.label":
    "Wedyn, dywed wrth {trustedPerson}. Dywed fod dy frawd neu dy chwaer yn ofnus.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.feedback":
    "Ie. Gall oedolyn rwyt ti'n ymddiried ynddo wneud yn siŵr bod gan y rhai iau eu cynllun eu hunain. Mae'n dda i bawb wybod beth i'w wneud.",
  "practice.young-person.phone-checked.situation":
    "Mae rhywun gartref yn mynd drwy dy ffôn o hyd ac yn darllen dy negeseuon.",
  "practice.young-person.phone-checked.question": "Beth allai helpu i dy gadw di'n fwy diogel?",
  "practice.young-person.phone-checked.phone-learn-numbers.label":
    "Dysga'r rhifau y byddai eu hangen arnat ti ar dy gof, fel nad oes rhaid i ti ddibynnu ar dy gysylltiadau.",
  "practice.young-person.phone-checked.phone-learn-numbers.feedback":
    "Ie. Dysga 999 a rhif rhywun rwyt ti'n ymddiried ynddo ar dy gof. Yna galli di gael help o unrhyw ffôn, hyd yn oed os yw dy ffôn di wedi'i gymryd.",
  "practice.young-person.phone-checked.phone-message-friend.label":
    "Anfona neges at ffrind am beth sy'n digwydd gartref.",
  "practice.young-person.phone-checked.phone-message-friend.feedback":
    "Mae'n gwneud synnwyr bod eisiau siarad â ffrind. Ond os yw rhywun yn darllen dy negeseuon, gallai hynny wneud pethau'n fwy peryglus. Mae'n fwy diogel siarad wyneb yn wyneb.",
  "practice.young-person.phone-checked.phone-refuse.label": "Gwrthoda ei roi iddyn nhw, a chael ffrae gyda nhw.",
  "practice.young-person.phone-checked.phone-refuse.feedback":
    "Mae bod eisiau preifatrwydd yn hollol deg. Ond os gallai dadlau wneud pethau'n fwy peryglus, dy ddiogelwch di sy'n dod gyntaf. Siarada â rhywun rwyt ti'n ymddiried ynddo am y peth yn lle hynny.",
  "practice.young-person.phone-checked.phone-talk-in-person.label":
    "I ffwrdd o'r cartref, dywed y cyfan wyneb yn wyneb wrth {trustedPerson}.",
  "practice.young-person.phone-checked.phone-talk-in-person.feedback":
    "Ie. Does dim byd yn aros ar dy ffôn wrth siarad wyneb yn wyneb. Gall oedolyn rwyt ti'n ymddiried ynddo dy helpu i feddwl sut i gadw mewn cysylltiad yn ddiogel.",
  "practice.young-person.controlling-relationship.situation":
    "Mae'r person rwyt ti'n mynd allan gyda nhw yn dweud pwy gei di eu gweld. Maen nhw'n gwirio ble rwyt ti, ac yn gwylltio os nad wyt ti'n ateb yn syth. Maen nhw'n rhoi pwysau arnat ti i wneud pethau dwyt ti ddim eisiau eu gwneud.",
  "practice.young-person.controlling-relationship.question": "Beth allet ti ei wneud?",
  "practice.young-person.controlling-relationship.relationship-go-along.label":
    "Derbynia'r peth. Mae'n dangos eu bod nhw'n malio.",
  "practice.young-person.controlling-relationship.relationship-go-along.feedback":
    "Mae llawer o bobl yn meddwl hynny ar y dechrau. Ond dydy malio am rywun ddim yn edrych fel rheoli. Mae rhywun sy'n malio yn gadael i ti weld dy ffrindiau, gwneud dy ddewisiadau dy hun, a dweud na.",
  "practice.young-person.controlling-relationship.relationship-talk.label":
    "Siarada â Childline, neu dywed wrth {trustedPerson}.",
  "practice.young-person.controlling-relationship.relationship-talk.feedback":
    "Ie. Nid dy fai di yw hyn, a does dim rhaid i ti ddelio ag e ar dy ben dy hun. Mae Childline am ddim ac yn breifat, a galli di gysylltu â nhw ar-lein hefyd.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.label":
    "Cadwa fe i ti dy hun, fel nad wyt ti'n achosi trwbl.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.feedback":
    "Gall deimlo'n haws cadw'n dawel, ac mae llawer o bobl yn gwneud hynny. Ond mae rheoli fel hyn yn aml yn gwaethygu. Dydy dweud wrth rywun rwyt ti'n ymddiried ynddo ddim yn achosi trwbl: dyna sut rwyt ti'n cael cymorth.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.label":
    "Os wyt ti'n cwrdd â nhw, dewisa le prysur a dywed wrth ffrind ble byddi di.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.feedback":
    "Ie. Mae llefydd prysur, ffrindiau sy'n gwybod ble rwyt ti, a ffordd ddiogel o gyrraedd adref i gyd yn helpu. Mae dweud na wrth unrhyw beth dwyt ti ddim eisiau bob amser yn iawn.",
  "practice.young-person.leaving-in-a-hurry.situation": "Mae'n rhaid i dy deulu adael y cartref ar frys.",
  "practice.young-person.leaving-in-a-hurry.question": "Beth yw'r peth gorau i'w wneud?",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.label":
    "Cydia yn dy ffôn, dy wefrydd, unrhyw feddyginiaeth sydd ei hangen arnat ti, ac un peth sy'n bwysig i ti.",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.feedback":
    "Ie. Cymer dim ond beth sydd ei angen arnat ti ac y galli di ei gario'n gyflym. Mae mynd allan yn ddiogel yn bwysicach na phethau.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.label":
    "Pacia bopeth sydd gen ti, fel nad oes dim yn cael ei adael ar ôl.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.feedback":
    "Mae gadael dy bethau ar ôl yn anodd. Ond mae pacio'n cymryd amser, a mynd allan yn ddiogel sy'n dod gyntaf. Gall oedolyn helpu i nôl pethau eraill wedyn.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.label":
    "Cadwa fag o bethau pwysig yn barod yn nhŷ ffrind neu berthynas rwyt ti'n ymddiried ynddyn nhw.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.feedback":
    "Ie. Mae bag sy'n cael ei gadw rywle diogel yn golygu bod gen ti beth sydd ei angen, hyd yn oed os wyt ti'n gadael heb ddim. Cynllunia fe gydag oedolyn rwyt ti'n ymddiried ynddo.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.label":
    "Dos yn ôl ar dy ben dy hun wedyn, i nôl beth anghofiaist ti.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.feedback":
    "Mae colli dy bethau'n normal. Ond gallai mynd yn ôl ar dy ben dy hun dy roi di mewn perygl. Dywed wrth oedolyn rwyt ti'n ymddiried ynddo beth sydd ei angen arnat ti, a gallan nhw ddod o hyd i ffordd ddiogel o'i gael.",
  "practice.young-person.call.title": "Ymarfer galwad 999",
  "practice.young-person.call.intro": [
    "Galwad ymarfer yw hon, nid un go iawn. Dywed dy atebion yn uchel, neu cymerwch dro bob yn ail gydag oedolyn rwyt ti'n ymddiried ynddo.",
    "Mae gwybod beth i'w ddweud yn gwneud galwad go iawn yn haws. Ffonia 999 dim ond os yw'n ddiogel gwneud hynny.",
  ],
  "practice.young-person.call.which-service.operator": "Argyfwng. Pa wasanaeth sydd ei angen arnoch chi?",
  "practice.young-person.call.which-service.prompt": "Yr heddlu, os gwelwch yn dda.",
  "practice.young-person.call.which-service.hint":
    "Gofyn am yr heddlu. Os yw rhywun wedi'i frifo'n ddrwg, dywed hynny hefyd, er mwyn iddyn nhw anfon help ar gyfer hynny.",
  "practice.young-person.call.name.operator": "Beth yw'ch enw chi?",
  "practice.young-person.call.name.prompt": "Fy enw i yw {name}.",
  "practice.young-person.call.name.hint": "Siarada'n araf ac yn glir.",
  "practice.young-person.call.address.operator": "Ble rydych chi? Beth yw'r cyfeiriad?",
  "practice.young-person.call.address.prompt": "Fy nghyfeiriad i yw {address}.",
  "practice.young-person.call.address.hint":
    "Rho dy gyfeiriad llawn, gyda'r cod post. Os nad wyt ti gartref, dywed ble rwyt ti.",
  "practice.young-person.call.what-is-happening.operator": "Beth sy'n digwydd?",
  "practice.young-person.call.what-is-happening.prompt":
    "Mae rhywun yn cael ei frifo yn fy nghartref. Anfonwch yr heddlu, os gwelwch yn dda.",
  "practice.young-person.call.what-is-happening.hint": "Cadwa fe'n fyr: pwy sy'n cael ei frifo, a phwy sy'n ei wneud.",
  "practice.young-person.call.are-you-safe.operator": "Ydych chi'n ddiogel nawr?",
  "practice.young-person.call.are-you-safe.prompt": "Dw i yn fy ystafell gyda'r drws ar gau.",
  "practice.young-person.call.are-you-safe.hint":
    "Dywed ble rwyt ti, a wyt ti'n teimlo'n ddiogel, a phwy arall sydd yn y tŷ.",
  "practice.young-person.call.stay-on-the-line.operator": "Arhoswch ar y lein os gallwch chi.",
  "practice.young-person.call.stay-on-the-line.prompt": "Iawn, dw i'n dal yma.",
  "practice.young-person.call.stay-on-the-line.hint":
    "Cadwa'r alwad i fynd a gwna beth maen nhw'n ei ddweud, cyn belled â'i bod hi'n ddiogel. Os oes angen i ti stopio siarad, mae hynny'n iawn.",
  "practice.young-person.call.silentCall": [
    "Os wyt ti'n ffonio 999 o ffôn symudol ac yn methu siarad, galli di gael help o hyd.",
    "Aros ar y lein a gwranda. Pan fyddan nhw'n gofyn, pwysa 55.",
    "Mae pwyso 55 yn dweud wrthyn nhw ei fod yn argyfwng go iawn, a byddan nhw'n dy roi di drwodd i'r heddlu.",
  ],
  "practice.young-person.call.ending": [
    "Da iawn. Rwyt ti'n gwybod beth i'w ddweud nawr, a bydd hynny'n gwneud galwad go iawn yn haws.",
    "Ffonia 999 go iawn dim ond pan fydd rhywun mewn perygl neu'n cael ei frifo.",
  ],
  "practice.young-person.closing": [
    "Nid dy fai di yw beth sy'n digwydd gartref, ac nid dy waith di yw ei stopio.",
    "Galli di ymarfer eto pryd bynnag rwyt ti eisiau.",
    "Dywed sut rwyt ti'n teimlo wrth Childline, neu wrth {trustedPerson}.",
  ],
};
