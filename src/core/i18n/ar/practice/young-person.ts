import type { youngPersonPractice as en } from "../../en/practice/young-person";
import type { Translation } from "../../types";

/**
 * تدريب الشاب: plain, simple Modern Standard Arabic, not childish; addressed in the masculine
 * singular as the general form. Each blank ends its sentence and follows a preposition
 * ("إلى", "مع", "من"), so the child's own words after the colon read well.
 */
export const youngPersonPractice: Translation<typeof en> = {
  "practice.young-person.title": "تدرّب على خطتي",
  "practice.young-person.intro": [
    "هذه فرصة لتفكر في خطتك قبل أن تحتاجها. لا شيء هنا اختبار.",
    "في كل موقف بعض الخيارات. اختر ما قد تفعله، وسترى لماذا يساعد أو ما مخاطره.",
    "يمكنك أن تعود وتجرّب خيارات أخرى كلما أردت.",
  ],
  "practice.young-person.blank.safePlace": "مكانك الآمن",
  "practice.young-person.blank.trustedPerson": "شخص بالغ تثق به",
  "practice.young-person.blank.nearestPhone": "أقرب هاتف",
  "practice.young-person.blank.neighbour": "جار تثق به",
  "practice.young-person.blank.name": "اسمك",
  "practice.young-person.blank.address": "عنوانك",
  "practice.young-person.argument-getting-worse.situation":
    "الكبار في البيت يتجادلون. الصوت يعلو، وتظن أن أحدًا قد يتأذى.",
  "practice.young-person.argument-getting-worse.question": "ما أكثر شيء آمن تفعله؟",
  "practice.young-person.argument-getting-worse.argument-step-in.label": "تدخّل بينهما لتوقف الشجار.",
  "practice.young-person.argument-getting-worse.argument-step-in.feedback":
    "من الطبيعي أن تريد حماية شخص تحبه. لكن التدخل قد يعرّضك لأذى شديد، ونادرًا ما يوقف العنف. ليس من واجبك أن توقفه.",
  "practice.young-person.argument-getting-worse.argument-get-out.label": "اخرج من الغرفة واذهب إلى {safePlace}.",
  "practice.young-person.argument-getting-worse.argument-get-out.feedback":
    "نعم. الابتعاد عن الطريق هو أكثر شيء آمن يمكنك فعله. اذهب إلى مكان لا تحتاج أن تمر بجانب المشكلة لتصل إليه.",
  "practice.young-person.argument-getting-worse.argument-call-999.label":
    "إذا كان أحد يتأذى وكان ذلك آمنًا، اتصل بالرقم 999 من {nearestPhone}.",
  "practice.young-person.argument-getting-worse.argument-call-999.feedback":
    "نعم. الاتصال بالشرطة عندما يتأذى أحد هو الصواب. اتصل فقط عندما يكون ذلك آمنًا لك، ومن الأفضل من مكان بعيد عن الطريق.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.label": "ابقَ في الغرفة لتراقب ما يحدث.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.feedback":
    "من الطبيعي أن تريد أن تعرف ما يحدث. لكن البقاء قريبًا يعرّضك للخطر، ولا يمكنك التحكم فيما يحدث. الابتعاد عن الطريق أكثر أمانًا.",
  "practice.young-person.taking-sides.situation":
    "أحد الكبار في البيت يريدك أن تقف في صفه، أو أن توصل رسالة إلى الآخر.",
  "practice.young-person.taking-sides.question": "ماذا يمكنك أن تفعل؟",
  "practice.young-person.taking-sides.sides-pass-message.label": "أوصل الرسالة، لتحافظ على الهدوء.",
  "practice.young-person.taking-sides.sides-pass-message.feedback":
    "قد تأمل أن يهدّئ ذلك الأمور. لكن نقل الرسائل يضعك في الوسط، وقد تُلام أو تتأذى. على الكبار أن يحلّوا مشاكلهم بأنفسهم.",
  "practice.young-person.taking-sides.sides-stay-out.label": "قل بهدوء إنك لا تريد أن تكون في الوسط.",
  "practice.young-person.taking-sides.sides-stay-out.feedback":
    "نعم، إذا شعرت أن قول ذلك آمن. لست مضطرًا أن تختار بين الكبار في حياتك، ولست مسؤولًا عن مشاكلهم.",
  "practice.young-person.taking-sides.sides-tell-trusted.label": "تكلّم عمّا يُطلب منك، وعن شعورك، مع {trustedPerson}.",
  "practice.young-person.taking-sides.sides-tell-trusted.feedback":
    "نعم. أن تُجَرّ إلى خلافات الكبار حِمل ثقيل. الشخص البالغ الذي تثق به يمكنه أن يساعدك لتعرف ماذا تفعل، ولست مضطرًا أن تواجه ذلك وحدك.",
  "practice.young-person.taking-sides.sides-pick-a-side.label": "اختر طرفًا، حتى يكون أحدهما على الأقل راضيًا عنك.",
  "practice.young-person.taking-sides.sides-pick-a-side.feedback":
    "هذا الضغط حقيقي، وهو ليس عادلًا لك. لكن الانحياز لطرف قد يجرّك أكثر إلى الخلاف. لا شيء من هذا ذنبك، أيًّا كان من تشعر أنك أقرب إليه.",
  "practice.young-person.younger-sibling-scared.situation": "الكبار يتشاجرون. أخوك أو أختك الأصغر منك خائف ويبكي.",
  "practice.young-person.younger-sibling-scared.question": "ماذا يمكنك أن تفعل؟",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.label":
    "إذا استطعت ذلك بأمان، خذه معك إلى {safePlace}.",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.feedback":
    "نعم. الابتعاد عن الطريق معًا يجعلكما أكثر أمانًا. افعل ذلك فقط إذا لم تكن مضطرًا أن تمر بجانب الشجار.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.label":
    "اذهب وقل للكبار أن يتوقفوا لأنهم يخيفون الصغير.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.feedback":
    "أنت تهتم به، وهذا لطف منك. لكن الدخول في الشجار يعرّضك للخطر، وليس من واجبك أن توقفه. ابقَ معه بعيدًا عن الطريق إن استطعت.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.label":
    "ابقَ معه في مكان هادئ، وافعلا شيئًا هادئًا معًا.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.feedback":
    "نعم. الصوت الهادئ أو لعبة أو بعض الموسيقى قد تساعد طفلًا خائفًا. لكن سلامته ليست كلها مسؤوليتك: هذا واجب الكبار.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.label":
    "لاحقًا، تكلّم مع {trustedPerson}. قل إن أخاك أو أختك كان خائفًا.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.feedback":
    "نعم. الشخص البالغ الذي تثق به يمكنه أن يتأكد أن للصغار خطتهم الخاصة. من الجيد أن يعرف الجميع ماذا يفعلون.",
  "practice.young-person.phone-checked.situation": "شخص في البيت يفتّش هاتفك دائمًا ويقرأ رسائلك.",
  "practice.young-person.phone-checked.question": "ما الذي قد يساعدك لتبقى أكثر أمانًا؟",
  "practice.young-person.phone-checked.phone-learn-numbers.label":
    "احفظ الأرقام التي قد تحتاجها عن ظهر قلب، حتى لا تعتمد على جهات الاتصال في هاتفك.",
  "practice.young-person.phone-checked.phone-learn-numbers.feedback":
    "نعم. إذا حفظت الرقم 999 ورقم شخص تثق به، يمكنك أن تطلب المساعدة من أي هاتف، حتى لو أُخذ هاتفك.",
  "practice.young-person.phone-checked.phone-message-friend.label": "أرسل رسالة إلى صديق عمّا يحدث في البيت.",
  "practice.young-person.phone-checked.phone-message-friend.feedback":
    "من الطبيعي أن تريد الكلام مع صديق. لكن إذا قرأ أحد رسائلك، قد يصبح الوضع أخطر. الأكثر أمانًا أن تتكلم وجهًا لوجه.",
  "practice.young-person.phone-checked.phone-refuse.label": "ارفض أن تعطيه الهاتف، وتشاجر معه.",
  "practice.young-person.phone-checked.phone-refuse.feedback":
    "رغبتك في الخصوصية عادلة تمامًا. لكن إذا كان الجدال قد يجعل الوضع أخطر، فسلامتك أولًا. تكلّم مع شخص تثق به عن الأمر بدلًا من ذلك.",
  "practice.young-person.phone-checked.phone-talk-in-person.label":
    "بعيدًا عن البيت، تكلّم وجهًا لوجه مع {trustedPerson}.",
  "practice.young-person.phone-checked.phone-talk-in-person.feedback":
    "نعم. الكلام وجهًا لوجه لا يترك شيئًا على هاتفك. الشخص البالغ الذي تثق به يمكنه أن يساعدك لتفكر كيف تبقى على تواصل بأمان.",
  "practice.young-person.controlling-relationship.situation":
    "الشخص الذي تواعده يحدد لك من ترى، ويتحقق أين أنت، ويغضب إذا لم ترد فورًا. ويضغط عليك لتفعل أشياء لا تريدها.",
  "practice.young-person.controlling-relationship.question": "ماذا يمكنك أن تفعل؟",
  "practice.young-person.controlling-relationship.relationship-go-along.label":
    "وافق على ذلك. هذا يدل على أنه يهتم بك.",
  "practice.young-person.controlling-relationship.relationship-go-along.feedback":
    "كثير من الناس يظنون ذلك في البداية. لكن الاهتمام بشخص لا يعني السيطرة عليه. من يهتم بك يتركك ترى أصدقاءك، وتتخذ قراراتك بنفسك، وتقول لا.",
  "practice.young-person.controlling-relationship.relationship-talk.label": "تكلّم مع Childline، أو مع {trustedPerson}.",
  "practice.young-person.controlling-relationship.relationship-talk.feedback":
    "نعم. هذا ليس ذنبك، ولست مضطرًا أن تواجه ذلك وحدك. Childline مجاني وسرّي، ويمكنك أن تتواصل معهم عبر الإنترنت أيضًا.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.label":
    "احتفظ بالأمر لنفسك حتى لا تسبب أي مشكلة.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.feedback":
    "قد يبدو السكوت أسهل، وكثير من الناس يسكتون. لكن السيطرة مثل هذه غالبًا تزداد سوءًا. أن تخبر شخصًا تثق به ليس تسببًا في مشكلة: هكذا تحصل على الدعم.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.label":
    "إذا التقيتما، اختر مكانًا مزدحمًا وأخبر صديقًا أين ستكون.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.feedback":
    "نعم. الأماكن المزدحمة، والأصدقاء الذين يعرفون أين أنت، وطريقة آمنة للعودة إلى البيت، كلها تساعد. أن تقول لا لأي شيء لا تريده مقبول دائمًا.",
  "practice.young-person.leaving-in-a-hurry.situation": "على عائلتك أن تغادر البيت بسرعة.",
  "practice.young-person.leaving-in-a-hurry.question": "ما أفضل شيء تفعله؟",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.label":
    "خذ هاتفك، والشاحن، وأي دواء تحتاجه، وشيئًا واحدًا يهمك.",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.feedback":
    "نعم. خذ فقط ما تحتاجه وما تستطيع حمله بسرعة. الخروج بأمان أهم من الأشياء.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.label": "احزم كل أغراضك حتى لا يبقى شيء.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.feedback":
    "ترك أغراضك وراءك صعب. لكن الحزم يأخذ وقتًا، والخروج بأمان يأتي أولًا. يمكن لشخص بالغ أن يساعد في جلب أشياء أخرى لاحقًا.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.label":
    "جهّز حقيبة فيها أشياء مهمة، واتركها في بيت صديق أو قريب تثق به.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.feedback":
    "نعم. الحقيبة المحفوظة في مكان آمن تعني أن معك ما تحتاجه، حتى لو خرجت بلا شيء. خطّط لها مع شخص بالغ تثق به.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.label": "عُد وحدك لاحقًا لتأخذ ما نسيته.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.feedback":
    "من الطبيعي أن تفتقد أغراضك. لكن العودة وحدك قد تعرّضك للخطر. أخبر شخصًا بالغًا تثق به بما تحتاجه، ويمكنه أن يجد طريقة آمنة لجلبه.",
  "practice.young-person.call.title": "تدرّب على الاتصال بالرقم 999",
  "practice.young-person.call.intro": [
    "هذا اتصال للتدريب، وليس اتصالًا حقيقيًا. قل إجاباتك بصوت عالٍ، أو تبادل الأدوار مع شخص بالغ تثق به.",
    "معرفة ما تقوله تجعل الاتصال الحقيقي أسهل. اتصل بالرقم 999 فقط إذا كان ذلك آمنًا.",
  ],
  "practice.young-person.call.which-service.operator": "طوارئ. أي خدمة تحتاج؟",
  "practice.young-person.call.which-service.prompt": "الشرطة، من فضلك.",
  "practice.young-person.call.which-service.hint":
    "اطلب الشرطة. إذا كان أحد مصابًا بشدة، أخبرهم، حتى يرسلوا مساعدة لذلك أيضًا.",
  "practice.young-person.call.name.operator": "ما اسمك؟",
  "practice.young-person.call.name.prompt": "اسمي {name}.",
  "practice.young-person.call.name.hint": "تكلّم ببطء وبوضوح.",
  "practice.young-person.call.address.operator": "أين أنت؟ ما العنوان؟",
  "practice.young-person.call.address.prompt": "أنا في {address}.",
  "practice.young-person.call.address.hint": "أعطِ عنوانك كاملًا، مع الرمز البريدي. إذا لم تكن في البيت، قل أين أنت.",
  "practice.young-person.call.what-is-happening.operator": "ماذا يحدث؟",
  "practice.young-person.call.what-is-happening.prompt": "شخص يتأذى في بيتي. أرسلوا الشرطة من فضلكم.",
  "practice.young-person.call.what-is-happening.hint": "اجعل كلامك قصيرًا: من يتأذى، ومن يؤذيه.",
  "practice.young-person.call.are-you-safe.operator": "هل أنت آمن الآن؟",
  "practice.young-person.call.are-you-safe.prompt": "أنا في غرفتي والباب مغلق.",
  "practice.young-person.call.are-you-safe.hint": "قل أين أنت، وهل تشعر بالأمان، ومن غيرك في البيت.",
  "practice.young-person.call.stay-on-the-line.operator": "ابقَ على الخط إن استطعت.",
  "practice.young-person.call.stay-on-the-line.prompt": "حسنًا، ما زلت هنا.",
  "practice.young-person.call.stay-on-the-line.hint":
    "ابقَ على الخط وافعل ما يقولونه لك، ما دام ذلك آمنًا. إذا احتجت أن تتوقف عن الكلام، فلا بأس.",
  "practice.young-person.call.silentCall": [
    "إذا اتصلت بالرقم 999 من هاتف محمول ولم تستطع الكلام، يمكنك مع ذلك أن تحصل على المساعدة.",
    "ابقَ على الخط واستمع. عندما يُطلب منك، اضغط 55.",
    "الضغط على 55 يخبرهم أنها حالة طوارئ حقيقية، وسيوصلونك بالشرطة.",
  ],
  "practice.young-person.call.ending": [
    "أحسنت. أنت تعرف الآن ماذا تقول، وهذا سيجعل الاتصال الحقيقي أسهل.",
    "اتصل بالرقم 999 فعلًا فقط عندما يكون أحد في خطر أو يتأذى.",
  ],
  "practice.young-person.closing": [
    "ما يحدث في البيت ليس ذنبك، وليس من واجبك أن توقفه.",
    "يمكنك أن تتدرّب مرة أخرى متى شئت.",
    "تكلّم عن شعورك مع Childline، أو مع {trustedPerson}.",
  ],
};
