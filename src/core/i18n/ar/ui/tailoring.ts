/**
 * The words of the tailored plan (src/core/tailoring/), in Arabic: what applies to me, my
 * priorities, the library of strategies, signs of danger, the device check and the short
 * "go now" screen. Translated from the English part (../../en/ui/tailoring.ts).
 *
 * For translators:
 * - tailoring.strategy.<id>.printLabel goes on a discreet printout: a plain household phrase
 *   that says nothing about what the paper is for (no leaving, hiding, danger, police, court…).
 * - tailoring.reason.* complete "اقتُرحت هذه الفكرة لأنك…" (tailoring.ui.ideas.because): each
 *   starts with a verb ("قلت…", "اخترت…") so that several joined with "و" still read well.
 * - No phone numbers here except 999 and 55: services' numbers come from the verified list.
 */
import type { tailoring as en } from "../../en/ui/tailoring";
import type { Translation } from "../../types";

export const tailoring: Translation<typeof en> = {
  // What applies to me: the questions.
  "tailoring.situation.who.title": "من يؤذيك أو يخيفك؟",
  "tailoring.situation.who.hint": "اختر كل ما ينطبق.",
  "tailoring.situation.abuser-partner.label": "شريك حياتي",
  "tailoring.situation.abuser-ex.label": "شريك حياتي السابق",
  "tailoring.situation.abuser-family.label":
    "أحد أفراد العائلة، مثل أحد الوالدين، أو أحد الأبناء الكبار، أو أحد أقارب الزوج أو الزوجة",
  "tailoring.situation.where-now.title": "أين أنت الآن؟",
  "tailoring.situation.where-now.hint":
    "لا توجد إجابة صحيحة. كثير من الناس يبقون وقتًا طويلًا، والخطة يجب أن تساعدك مهما كان قرارك.",
  "tailoring.situation.staying.label": "أعيش مع الشخص، أو أراه كثيرًا",
  "tailoring.situation.thinking-leaving.label": "أفكّر في المغادرة",
  "tailoring.situation.left.label": "غادرت بالفعل",
  "tailoring.situation.children.title": "هل لديك أطفال؟",
  "tailoring.situation.children.hint": "اختر كل الأعمار التي تنطبق.",
  "tailoring.situation.child-under-5.label": "طفل عمره أقل من 5 سنوات",
  "tailoring.situation.child-5-11.label": "طفل عمره من 5 إلى 11 سنة",
  "tailoring.situation.child-12-17.label": "طفل عمره من 12 إلى 17 سنة",
  "tailoring.situation.child-contact.label": "الوالد الآخر يرى الأطفال، أو يريد أن يراهم",
  "tailoring.situation.pregnancy.title": "هل أنتِ حامل، أو لديك رضيع؟",
  "tailoring.situation.pregnant.label": "أنا حامل",
  "tailoring.situation.baby-under-one.label": "لديّ رضيع عمره أقل من سنة",
  "tailoring.situation.pets.title": "هل لديك حيوانات أليفة؟",
  "tailoring.situation.pets.label": "لديّ حيوان أليف أو أكثر",
  "tailoring.situation.money.title": "المال",
  "tailoring.situation.money.hint": "التحكّم في المال نوع من الإساءة أيضًا.",
  "tailoring.situation.money-controlled.label": "الشخص يتحكّم في المال، أو يراقب ما أنفقه",
  "tailoring.situation.joint-money.label": "لدينا حسابات مصرفية مشتركة، أو قروض أو ديون مشتركة",
  "tailoring.situation.no-own-money.label": "ليس لديّ مال خاص بي",
  "tailoring.situation.home.title": "بيتك",
  "tailoring.situation.home-joint.label": "نستأجر بيتنا أو نملكه معًا",
  "tailoring.situation.home-theirs.label": "البيت باسم الشخص",
  "tailoring.situation.home-mine.label": "البيت باسمي",
  "tailoring.situation.immigration.title": "تأشيرتك ولغتك",
  "tailoring.situation.immigration.hint": "يبقى هذا في خطتك. الموقع لا يرسله إلى أي مكان أبدًا.",
  "tailoring.situation.partner-visa.label": "تأشيرتي تعتمد على شريك حياتي",
  "tailoring.situation.nrpf.label":
    "مكتوب في تأشيرتي «لا حق في الأموال العامة» \u2066(no recourse to public funds)\u2069",
  "tailoring.situation.status-unsure.label": "لا أعرف وضع إقامتي بالتأكيد",
  "tailoring.situation.need-interpreter.label": "أريد مساعدة بلغة أخرى",
  "tailoring.situation.health.title": "الصحة والرعاية",
  "tailoring.situation.disability.label": "لديّ إعاقة",
  "tailoring.situation.health-medicines.label": "لديّ مرض، أو آخذ أدوية كل يوم",
  "tailoring.situation.abuser-carer.label": "الشخص الذي يؤذيني هو أيضًا من يرعاني",
  "tailoring.situation.i-care-for.label": "أرعى شخصًا آخر",
  "tailoring.situation.technology.title": "الهواتف والحواسيب والملاحقة",
  "tailoring.situation.tech-monitoring.label": "الشخص يفتّش هاتفي أو رسائلي أو حساباتي، أو يراقب مكاني",
  "tailoring.situation.stalking.label": "الشخص يلاحقني، أو يظهر حيث أكون، أو يظل يتواصل معي",
  "tailoring.situation.honour.title": "العائلة والمجتمع",
  "tailoring.situation.honour.label": "عائلتي أو مجتمعي يضغطون عليّ باسم «الشرف» أو العيب",
  "tailoring.situation.forced-marriage.label": "هناك من يجبرني على الزواج، أو أجبرني عليه",
  "tailoring.situation.about-me.title": "عنك",
  "tailoring.situation.about-me.hint": "بعض الخدمات موجودة لأشخاص مثلك.",
  "tailoring.situation.lgbt.label": "أنا من مجتمع الميم (المثليات والمثليون، ومزدوجو الميل، والعابرون، والكوير)",
  "tailoring.situation.man.label": "أنا رجل",
  "tailoring.situation.older.label": "عمري 60 سنة أو أكثر",
  "tailoring.situation.getting-help.title": "الوصول إلى المساعدة",
  "tailoring.situation.no-transport.label": "ليس لديّ سيارة، ومالي قليل للمواصلات",
  "tailoring.situation.far-from-help.label": "أعيش بعيدًا عن الناس أو عن المساعدة",

  // Why a strategy is suggested: each completes "اقتُرحت هذه الفكرة لأنك…".
  "tailoring.reason.situation.abuser-partner": "قلت إن شريك حياتك يؤذيك",
  "tailoring.reason.situation.abuser-ex": "قلت إن شريك حياتك السابق يؤذيك",
  "tailoring.reason.situation.abuser-family": "قلت إن أحد أفراد عائلتك يؤذيك",
  "tailoring.reason.situation.staying": "قلت إنك تعيش مع الشخص أو تراه كثيرًا",
  "tailoring.reason.situation.thinking-leaving": "قلت إنك تفكّر في المغادرة",
  "tailoring.reason.situation.left": "قلت إنك غادرت بالفعل",
  "tailoring.reason.situation.child-under-5": "قلت إن لديك طفلًا عمره أقل من 5 سنوات",
  "tailoring.reason.situation.child-5-11": "قلت إن لديك طفلًا عمره من 5 إلى 11 سنة",
  "tailoring.reason.situation.child-12-17": "قلت إن لديك طفلًا عمره من 12 إلى 17 سنة",
  "tailoring.reason.situation.child-contact": "قلت إن الوالد الآخر يرى الأطفال، أو يريد أن يراهم",
  "tailoring.reason.situation.pregnant": "قلتِ إنكِ حامل",
  "tailoring.reason.situation.baby-under-one": "قلت إن لديك رضيعًا",
  "tailoring.reason.situation.pets": "قلت إن لديك حيوانًا أليفًا",
  "tailoring.reason.situation.money-controlled": "قلت إن الشخص يتحكّم في المال",
  "tailoring.reason.situation.joint-money": "قلت إن لديكما حسابات أو ديونًا مشتركة",
  "tailoring.reason.situation.no-own-money": "قلت إنه ليس لديك مال خاص بك",
  "tailoring.reason.situation.home-joint": "قلت إنكما تستأجران بيتكما أو تملكانه معًا",
  "tailoring.reason.situation.home-theirs": "قلت إن البيت باسم الشخص",
  "tailoring.reason.situation.home-mine": "قلت إن البيت باسمك",
  "tailoring.reason.situation.partner-visa": "قلت إن تأشيرتك تعتمد على شريك حياتك",
  "tailoring.reason.situation.nrpf": "قلت إن تأشيرتك تقول «لا حق في الأموال العامة»",
  "tailoring.reason.situation.status-unsure": "قلت إنك لا تعرف وضع إقامتك بالتأكيد",
  "tailoring.reason.situation.need-interpreter": "قلت إنك تريد مساعدة بلغة أخرى",
  "tailoring.reason.situation.disability": "قلت إن لديك إعاقة",
  "tailoring.reason.situation.health-medicines": "قلت إن لديك مرضًا أو تأخذ أدوية",
  "tailoring.reason.situation.abuser-carer": "قلت إن الشخص الذي يؤذيك هو أيضًا من يرعاك",
  "tailoring.reason.situation.i-care-for": "قلت إنك ترعى شخصًا آخر",
  "tailoring.reason.situation.tech-monitoring": "قلت إن الشخص يفتّش هاتفك أو يراقب مكانك",
  "tailoring.reason.situation.stalking": "قلت إن الشخص يلاحقك أو يظل يتواصل معك",
  "tailoring.reason.situation.honour": "قلت إن عائلتك أو مجتمعك يضغطون عليك",
  "tailoring.reason.situation.forced-marriage": "قلت إن هناك من يجبرك على الزواج",
  "tailoring.reason.situation.lgbt": "قلت إنك من مجتمع الميم (LGBT+)",
  "tailoring.reason.situation.man": "قلت إنك رجل",
  "tailoring.reason.situation.older": "قلت إن عمرك 60 سنة أو أكثر",
  "tailoring.reason.situation.no-transport": "قلت إن التنقّل صعب عليك",
  "tailoring.reason.situation.far-from-help": "قلت إنك تعيش بعيدًا عن المساعدة",
  "tailoring.reason.priority.own-safety": "اخترت سلامتك من بين أكثر ما يهمّك",
  "tailoring.reason.priority.children": "اخترت أطفالك من بين أكثر ما يهمّك",
  "tailoring.reason.priority.money-home": "اخترت المال والبيت من بين أكثر ما يهمّك",
  "tailoring.reason.priority.privacy": "اخترت الخصوصية من بين أكثر ما يهمّك",
  "tailoring.reason.priority.partner-feelings": "اخترت مشاعرك نحو الشخص من بين ما يهمّك",
  "tailoring.reason.priority.own-words": "أضفت بكلماتك شيئًا يهمّك",

  // My priorities.
  "tailoring.priority.own-safety.label": "سلامتي",
  "tailoring.priority.own-safety.hint": "ألّا يؤذيني أحد، وأن أشعر بأمان أكثر كل يوم.",
  "tailoring.priority.children.label": "أطفالي",
  "tailoring.priority.children.hint": "سلامتهم، وسعادتهم، وأن أبقى معهم.",
  "tailoring.priority.money-home.label": "المال والبيت",
  "tailoring.priority.money-home.hint": "أن يكون لديّ ما يكفي للعيش، ومكان أعيش فيه.",
  "tailoring.priority.privacy.label": "الخصوصية",
  "tailoring.priority.privacy.hint": "أن أحتفظ بما يحدث لنفسي، وأن أختار من يعرف.",
  "tailoring.priority.partner-feelings.label": "مشاعري نحو الشخص",
  "tailoring.priority.partner-feelings.hint":
    "كثير من الناس ما زالوا يحبّون الشخص الذي يؤذيهم أو يهتمّون به. هذا أمر طبيعي.",
  "tailoring.priority.own-words.label": "شيء آخر",
  "tailoring.priority.own-words.hint": "بكلماتك أنت.",

  // Categories of strategies.
  "tailoring.category.first-hours.title": "إذا حدث شيء",
  "tailoring.category.home.title": "أمان أكثر في البيت",
  "tailoring.category.leaving.title": "إذا قرّرت المغادرة",
  "tailoring.category.after-leaving.title": "بعد المغادرة",
  "tailoring.category.money.title": "المال",
  "tailoring.category.children.title": "الأطفال",
  "tailoring.category.pets.title": "الحيوانات الأليفة",
  "tailoring.category.immigration.title": "التأشيرات والهجرة",
  "tailoring.category.health-care.title": "الصحة والإعاقة والرعاية",
  "tailoring.category.technology.title": "الهواتف والحواسيب والملاحقة",
  "tailoring.category.honour.title": "العائلة والشرف والزواج",
  "tailoring.category.support.title": "أشخاص وخدمات إلى جانبك",
  "tailoring.category.legal.title": "القانون",
  "tailoring.category.wellbeing.title": "الاعتناء بنفسك",
  "tailoring.category.getting-help.title": "عندما تكون المساعدة بعيدة",

  // The strategies. what: the thing to do; why: why it helps; how: short steps.
  "tailoring.strategy.phone-999.title": "اتصل بالرقم 999 إذا كنت في خطر",
  "tailoring.strategy.phone-999.what": "إذا كنت أنت أو أي شخص آخر في خطر الآن، اتصل بالرقم 999 واطلب الشرطة.",
  "tailoring.strategy.phone-999.why": "يمكن للشرطة أن تأتي بسرعة. لا تحتاج إلى أن تكون متأكدًا أن الأمر خطير بما يكفي.",
  "tailoring.strategy.phone-999.how": ["قل أولًا أين أنت، ثم ماذا يحدث.", "إن استطعت، ابقَ على الخط حتى تصل المساعدة."],
  "tailoring.strategy.phone-999.printLabel": "رقم مهم",
  "tailoring.strategy.silent-call.title": "إذا لم تستطع الكلام على الهاتف",
  "tailoring.strategy.silent-call.what":
    "من الهاتف المحمول، اتصل بالرقم 999. إذا لم تستطع الكلام، اضغط 55 عندما يسألك الموظف.",
  "tailoring.strategy.silent-call.why": "الضغط على 55 يخبر الموظف أن هذه حالة طوارئ حقيقية، فيحوّل مكالمتك إلى الشرطة.",
  "tailoring.strategy.silent-call.how": [
    "اطلب الرقم 999 واستمع.",
    "إذا لم تستطع الكلام، اسعل أو انقر على الهاتف إن استطعت، ثم اضغط 55 عندما يُطلب منك.",
    "من الهاتف الأرضي، ابقَ على الخط حتى لو لم تستطع الكلام.",
  ],
  "tailoring.strategy.silent-call.printLabel": "نصيحة للهاتف",
  "tailoring.strategy.code-word.title": "اتفق على كلمة رمزية",
  "tailoring.strategy.code-word.what":
    "اتفق على كلمة أو رسالة قصيرة مع شخص تثق به. عندما تصله، يتصل بالرقم 999 من أجلك.",
  "tailoring.strategy.code-word.why": "قد لا تستطيع أن تتصل بنفسك، لكن رسالة نصية تبدو عادية يمكن أن تجلب المساعدة.",
  "tailoring.strategy.code-word.how": [
    "اختر كلمة لا تبدو غريبة في رسالة.",
    "اتفق بدقة على ما سيفعله الشخص عندما تصله.",
    "اكتبها في جزء «كلمتي الرمزية» من خطتك.",
  ],
  "tailoring.strategy.code-word.printLabel": "كلمة مع صديق",
  "tailoring.strategy.ready-bag.title": "احتفظ بحقيبة صغيرة جاهزة",
  "tailoring.strategy.ready-bag.what":
    "ضع في حقيبة الأشياء التي ستحتاجها على عجل. واحفظها في مكان لن يجدها فيه الشخص، أو عند شخص تثق به.",
  "tailoring.strategy.ready-bag.why": "إذا اضطررت إلى الذهاب بسرعة، فلن يكون لديك وقت للبحث عن الأشياء.",
  "tailoring.strategy.ready-bag.how": [
    "ضع فيها أولًا المفاتيح، والمال، وبطاقات البنك، والأدوية، وشاحن الهاتف.",
    "أضف نسخًا من أوراقك عندما تستطيع.",
    "استخدم قائمة الأشياء التي تأخذها معك لتتابع ما جمعته.",
  ],
  "tailoring.strategy.ready-bag.printLabel": "حقيبة إضافية",
  "tailoring.strategy.after-an-attack.title": "بعد أن تتأذّى",
  "tailoring.strategy.after-an-attack.what": "اطلب مساعدة طبية، حتى لو بدت الإصابة صغيرة، واكتب ما حدث.",
  "tailoring.strategy.after-an-attack.why":
    "بعض الإصابات أسوأ مما تبدو. ما يُكتب في وقته قد يساعدك لاحقًا، مهما كان قرارك.",
  "tailoring.strategy.after-an-attack.how": [
    "اذهب إلى طبيبك العام (GP)، أو إلى مركز علاج بلا موعد، أو إلى قسم الطوارئ (A&E). أو اتصل بالرقم 999 إذا كان الأمر خطيرًا.",
    "أخبر الطبيب أو الممرضة بما حدث. يمكنهم أن يكتبوه.",
    "إذا كان ذلك آمنًا، صوّر الإصابات واحفظ الصور في مكان لا يراه الشخص.",
  ],
  "tailoring.strategy.after-an-attack.printLabel": "زيارة الطبيب",
  "tailoring.strategy.talk-to-helpline.title": "تحدّث إلى خط المساعدة",
  "tailoring.strategy.talk-to-helpline.what": "اتصل بخط المساعدة الوطني. الاتصال مجاني، ولا يلزمك أن تقول اسمك.",
  "tailoring.strategy.talk-to-helpline.why":
    "يتحدّثون كل يوم مع أشخاص في مثل وضعك. ويمكنهم أن يساعدوك على التفكير في خياراتك، وإيجاد دار إيواء أو دعم قريب منك.",
  "tailoring.strategy.talk-to-helpline.how": [
    "اتصل عندما لا يكون الشخص قريبًا، من هاتف لا يفتّشه.",
    "يمكنك أن تتحدّث فقط. لا يلزمك أن تقرّر أي شيء.",
  ],
  "tailoring.strategy.talk-to-helpline.printLabel": "مكالمة هاتفية",

  "tailoring.strategy.warning-signs.title": "انتبه إلى علامات التحذير",
  "tailoring.strategy.warning-signs.what":
    "فكّر فيما يحدث عادةً قبل أن تسوء الأمور. مثل الشرب، أو هموم المال، أو زيارة من العائلة.",
  "tailoring.strategy.warning-signs.why":
    "ملاحظة العلامات مبكرًا قد تعطيك وقتًا لتذهب إلى مكان آخر لبعض الوقت، أو لتُبعد الأطفال.",
  "tailoring.strategy.warning-signs.how": [
    "اكتب في خطتك العلامات التي تلاحظها.",
    "قرّر إلى أين يمكنك الذهاب عندما تراها.",
  ],
  "tailoring.strategy.warning-signs.printLabel": "أشياء ألاحظها",
  "tailoring.strategy.safer-rooms.title": "اعرف الأماكن الأكثر أمانًا في بيتك",
  "tailoring.strategy.safer-rooms.what": "إذا بدأ شجار، حاول أن تنتقل إلى غرفة فيها مخرج وهاتف.",
  "tailoring.strategy.safer-rooms.why":
    "في المطبخ والحمّام والمرآب أسطح صلبة وأشياء يمكن استخدامها لإيذائك، والغرف الصغيرة قد تحبسك.",
  "tailoring.strategy.safer-rooms.how": [
    "اختر غرفة فيها باب أو نافذة يمكنك الخروج منها.",
    "ابتعد عن المطبخ وعن أعلى الدرج.",
  ],
  "tailoring.strategy.safer-rooms.printLabel": "الغرف",
  "tailoring.strategy.neighbour-signal.title": "اطلب من جار أن يتصل طلبًا للمساعدة",
  "tailoring.strategy.neighbour-signal.what": "إذا كنت تثق بجار، اطلب منه أن يتصل بالرقم 999 إذا سمع صراخًا أو شجارًا.",
  "tailoring.strategy.neighbour-signal.why": "يمكن أن تصل المساعدة حتى لو لم تستطع الوصول إلى هاتف.",
  "tailoring.strategy.neighbour-signal.how": [
    "اتفق معه على علامة، مثل ضوء يبقى مضاءً أو ستارة مغلقة.",
    "اطلب منه ألّا يدخل بنفسه أبدًا، وأن يتصل فقط.",
  ],
  "tailoring.strategy.neighbour-signal.printLabel": "الجار",
  "tailoring.strategy.phone-charged.title": "أبقِ هاتفًا مشحونًا وقريبًا منك",
  "tailoring.strategy.phone-charged.what":
    "أبقِ هاتفك مشحونًا ومعك. الهاتف المحمول القديم بلا اشتراك يستطيع أيضًا الاتصال بالرقم 999.",
  "tailoring.strategy.phone-charged.why":
    "الهاتف الذي يأخذه الشخص أو يكسره لا يستطيع مساعدتك. أما الهاتف الإضافي فيستطيع.",
  "tailoring.strategy.phone-charged.how": ["اشحن هاتفك كلما استطعت.", "احتفظ بهاتف إضافي، مطفأ ومشحون، في مكان آمن."],
  "tailoring.strategy.phone-charged.printLabel": "الشاحن",
  "tailoring.strategy.ways-out.title": "اعرف طرق الخروج",
  "tailoring.strategy.ways-out.what": "فكّر في كل باب ونافذة ودرج يمكنك استخدامه للخروج بسرعة.",
  "tailoring.strategy.ways-out.why": "في لحظة مخيفة، يكون من الأسهل أن تتبع خطة تعرفها من قبل.",
  "tailoring.strategy.ways-out.how": [
    "امشِ في طرق الخروج في ذهنك، أو امشِ فيها فعلًا عندما تكون وحدك.",
    "ضع المفاتيح حيث يمكنك الوصول إليها بسرعة.",
  ],
  "tailoring.strategy.ways-out.printLabel": "الأبواب والمفاتيح",
  "tailoring.strategy.home-security.title": "اجعل بيتك أكثر أمانًا",
  "tailoring.strategy.home-security.what":
    "اسأل المجلس المحلي أو خدمة دعم عن مساعدة لجعل بيتك أكثر أمانًا، حتى تستطيع البقاء فيه.",
  "tailoring.strategy.home-security.why":
    "في مناطق كثيرة برامج تغيّر الأقفال وتضيف أجهزة إنذار أو أبوابًا أقوى، ومجانًا في الغالب.",
  "tailoring.strategy.home-security.how": [
    "اسأل فريق الإسكان في المجلس المحلي، أو مرشد الدعم، عن برنامج Sanctuary Scheme.",
    "غيّر الأقفال إذا كان لدى الشخص مفتاح، وافحص النوافذ والأبواب الخلفية.",
  ],
  "tailoring.strategy.home-security.printLabel": "الأقفال",

  "tailoring.strategy.leave-at-safer-time.title": "اختر وقتًا أكثر أمانًا للذهاب",
  "tailoring.strategy.leave-at-safer-time.what":
    "إذا قرّرت المغادرة، خطّط لتذهب عندما يكون الشخص خارج البيت، وأخبر مرشد الدعم أولًا إن استطعت.",
  "tailoring.strategy.leave-at-safer-time.why":
    "غالبًا ما يزداد الخطر عند المغادرة، وبعدها مباشرة. التخطيط المسبق يقلّله.",
  "tailoring.strategy.leave-at-safer-time.how": [
    "لا تخبر الشخص أنك ستذهب.",
    "اعرف إلى أين ستذهب وكيف ستصل إلى هناك.",
    "خذ الأطفال معك إن استطعت.",
  ],
  "tailoring.strategy.leave-at-safer-time.printLabel": "التوقيت",
  "tailoring.strategy.copy-documents.title": "انسخ أوراقك المهمة",
  "tailoring.strategy.copy-documents.what":
    "اصنع نسخًا أو صورًا لجوازات السفر، وشهادات الميلاد، والتأشيرات، وعقد الإيجار، وبياناتك المصرفية. واحفظها بعيدًا عن البيت.",
  "tailoring.strategy.copy-documents.why":
    "بالنسخ تستطيع أن تثبت من أنت، وأن تطلب المال، وأن تقدّم طلبًا للسكن، حتى لو أُخفيت الأوراق الأصلية عنك.",
  "tailoring.strategy.copy-documents.how": [
    "اترك النسخ مع شخص تثق به، أو في بريد إلكتروني لا يفتحه أحد غيرك.",
    "ضع علامة عليها في قائمة الأشياء التي تأخذها معك.",
  ],
  "tailoring.strategy.copy-documents.printLabel": "أوراق",
  "tailoring.strategy.ask-about-refuge.title": "اسأل عن دار إيواء",
  "tailoring.strategy.ask-about-refuge.what":
    "دار الإيواء بيت آمن فيه موظفون يمكنهم المساعدة. عنوانه سرّي. يستطيع خط المساعدة أن يبحث لك عن مكان.",
  "tailoring.strategy.ask-about-refuge.why":
    "لا تحتاج إلى مال أو إلى بيت خاص بك لتذهب إلى دار إيواء، ويمكنك أن تأخذ أطفالك معك.",
  "tailoring.strategy.ask-about-refuge.how": [
    "اتصل بخط المساعدة واسأل عن أماكن في دور الإيواء.",
    "اسأل عمّا يمكنك أن تأخذه معك، ومنه الحيوانات الأليفة.",
  ],
  "tailoring.strategy.ask-about-refuge.printLabel": "مكان للإقامة",
  "tailoring.strategy.take-children.title": "خذ الأطفال معك",
  "tailoring.strategy.take-children.what": "إذا غادرت، خذ الأطفال معك إن كان ذلك ممكنًا بأي طريقة.",
  "tailoring.strategy.take-children.why": "العودة لأخذهم لاحقًا قد لا تكون آمنة، وقد تجعل إبقاءهم معك أصعب.",
  "tailoring.strategy.take-children.how": [
    "خطّط لتذهب في وقت يكون فيه الأطفال معك، أو خذهم من المدرسة أو الحضانة.",
    "احزم بعض أشيائهم المفضّلة، وأدويتهم.",
  ],
  "tailoring.strategy.take-children.printLabel": "الأطفال",
  "tailoring.strategy.plan-the-journey.title": "خطّط كيف ستتنقّل",
  "tailoring.strategy.plan-the-journey.what":
    "اعرف كيف ستذهب: مع شخص يوصلك، أو بسيارة أجرة، أو بالحافلة، أو بالقطار، وكيف ستدفع الأجرة.",
  "tailoring.strategy.plan-the-journey.why":
    "عدم وجود وسيلة للتنقّل من الأشياء التي تمنع الناس من الوصول إلى مكان أكثر أمانًا.",
  "tailoring.strategy.plan-the-journey.how": [
    "احتفظ برقم سيارة أجرة وببعض النقود جاهزة.",
    "اسأل خط المساعدة أو مرشد الدعم: بعضهم يستطيع المساعدة في دفع أجرة التنقّل.",
  ],
  "tailoring.strategy.plan-the-journey.printLabel": "المواصلات",
  "tailoring.strategy.collect-belongings.title": "اجمع أغراضك بأمان",
  "tailoring.strategy.collect-belongings.what":
    "إذا احتجت إلى العودة لأخذ أغراضك، فلا تذهب وحدك. يمكنك أن تطلب من الشرطة أن تكون موجودة.",
  "tailoring.strategy.collect-belongings.why": "العودة وقت يتأذّى فيه الناس كثيرًا.",
  "tailoring.strategy.collect-belongings.how": [
    "اطلب من الشرطة أو من مرشد الدعم تحديد موعد معك.",
    "اكتب قائمة أولًا، حتى لا تبقى هناك طويلًا.",
  ],
  "tailoring.strategy.collect-belongings.printLabel": "جمع الأغراض",
  "tailoring.strategy.housing-options.title": "اعرف خياراتك في السكن",
  "tailoring.strategy.housing-options.what":
    "إذا اضطررت إلى ترك بيتك بسبب الإساءة، فقد يكون على المجلس المحلي أن يساعدك في إيجاد مكان تعيش فيه.",
  "tailoring.strategy.housing-options.why": "معرفة خياراتك قد تجعل القرار بشأن بيتك أقل إخافة.",
  "tailoring.strategy.housing-options.how": [
    "تواصل مع فريق الإسكان في المجلس المحلي، وقل إنك معرّض لخطر الإساءة.",
    "اسأل مرشد الدعم أو Citizens Advice (مكتب الاستشارات للمواطنين) عن عقد الإيجار قبل أن تتخلّى عنه.",
  ],
  "tailoring.strategy.housing-options.printLabel": "السكن",

  "tailoring.strategy.change-routines.title": "غيّر عاداتك اليومية",
  "tailoring.strategy.change-routines.what":
    "غيّر الأوقات والطرق التي تستخدمها للعمل، ولإيصال الأطفال إلى المدرسة، وللتسوّق.",
  "tailoring.strategy.change-routines.why": "الشخص الذي يريد أن يجدك سيبحث في الأماكن التي تذهب إليها عادةً.",
  "tailoring.strategy.change-routines.how": [
    "تسوّق من متاجر مختلفة، وتنقّل في أوقات مختلفة.",
    "ابقَ حيث يوجد أناس آخرون عندما تستطيع.",
  ],
  "tailoring.strategy.change-routines.printLabel": "العادات اليومية",
  "tailoring.strategy.tell-work-and-school.title": "أخبر عملك ومدرسة الأطفال",
  "tailoring.strategy.tell-work-and-school.what":
    "أخبر شخصًا تثق به في العمل، ومدرسة الأطفال أو حضانتهم، بمن يُسمح له بأخذ الأطفال ومن لا يُسمح له.",
  "tailoring.strategy.tell-work-and-school.why":
    "يمكنهم أن يفرزوا المكالمات، وأن يحفظوا بياناتك سرّية، وأن يتصرّفوا إذا ظهر الشخص.",
  "tailoring.strategy.tell-work-and-school.how": [
    "أعطهم صورة للشخص إن استطعت.",
    "أعطهم نسخًا من أي أوامر صادرة عن المحكمة.",
  ],
  "tailoring.strategy.tell-work-and-school.printLabel": "العمل والمدرسة",
  "tailoring.strategy.keep-a-record.title": "اكتب ما يحدث",
  "tailoring.strategy.keep-a-record.what": "اكتب كل شيء يحدث: التاريخ، والوقت، وما قيل أو ما فُعل، ومن رآه.",
  "tailoring.strategy.keep-a-record.why": "ما تكتبه يساعد الشرطة أو المحكمة أو مرشد الدعم على فهم ما يجري.",
  "tailoring.strategy.keep-a-record.how": [
    "احتفظ بصور للشاشة من الرسائل والمكالمات.",
    "احفظ ما تكتبه في مكان لا يراه الشخص، أو عند شخص تثق به.",
  ],
  "tailoring.strategy.keep-a-record.printLabel": "مفكّرة",
  "tailoring.strategy.keep-address-private.title": "أبقِ عنوانك الجديد سرّيًا",
  "tailoring.strategy.keep-address-private.what":
    "اطلب من طبيبك العام (GP)، ومدرسة الأطفال، والبنك، وغيرهم، أن يحفظوا عنوانك سرّيًا.",
  "tailoring.strategy.keep-address-private.why":
    "كثيرًا ما تُعرف العناوين من الرسائل، والحسابات المشتركة، والسجلات العامة.",
  "tailoring.strategy.keep-address-private.how": [
    "اسأل المجلس المحلي كيف تسجّل للتصويت دون أن يظهر عنوانك.",
    "تأكّد أن عنوانك ليس في الحسابات المشتركة، أو في طلبات التوصيل، أو على وسائل التواصل الاجتماعي.",
  ],
  "tailoring.strategy.keep-address-private.printLabel": "العنوان",
  "tailoring.strategy.people-who-understand.title": "ابحث عن أشخاص يفهمونك",
  "tailoring.strategy.people-who-understand.what":
    "اسأل خدمة دعم قريبة منك عن مجموعات ودورات لأشخاص مرّوا بالتجربة نفسها.",
  "tailoring.strategy.people-who-understand.why":
    "الحديث مع أشخاص يفهمونك قد يساعدك على المشاعر التي تأتي غالبًا بعد المغادرة.",
  "tailoring.strategy.people-who-understand.how": ["اسأل مرشد الدعم أو خط المساعدة عمّا هو متوفر قريبًا منك."],
  "tailoring.strategy.people-who-understand.printLabel": "مجموعة",
  "tailoring.strategy.risk-after-leaving.title": "ابقَ حذرًا بعد أن تغادر",
  "tailoring.strategy.risk-after-leaving.what":
    "قد يزداد الخطر عند المغادرة، وفي الأشهر التي تليها. استمر في العمل بخطتك بعد أن تغادر.",
  "tailoring.strategy.risk-after-leaving.why": "بعض الناس يحاولون استعادة السيطرة عندما يشعرون أنهم فقدوها.",
  "tailoring.strategy.risk-after-leaving.how": [
    "انظر مرة أخرى في جزء «بعد المغادرة» من خطتك.",
    "أخبر مرشد الدعم إذا ساءت الأمور.",
  ],
  "tailoring.strategy.risk-after-leaving.printLabel": "لاحقًا",

  "tailoring.strategy.own-account.title": "افتح حسابًا خاصًا بك",
  "tailoring.strategy.own-account.what": "افتح حسابًا مصرفيًا باسمك وحدك، في بنك آخر إن استطعت.",
  "tailoring.strategy.own-account.why": "المال الخاص بك يعطيك خيارات أكثر.",
  "tailoring.strategy.own-account.how": [
    "اختر أن تصلك كشوف الحساب إلكترونيًا، على بريد لا يفتحه أحد غيرك.",
    "اطلب من البنك ألّا يرسل أي شيء بالبريد إلى بيتك.",
  ],
  "tailoring.strategy.own-account.printLabel": "البنك",
  "tailoring.strategy.put-money-aside.title": "ضع قليلًا من المال جانبًا",
  "tailoring.strategy.put-money-aside.what":
    "ادّخر مبالغ صغيرة نقدًا، لأجرة المواصلات، أو المكالمات، أو الطعام، أو ليلة في مكان آخر.",
  "tailoring.strategy.put-money-aside.why": "القليل من المال قد يُحدث فرقًا كبيرًا عندما تضطر إلى الذهاب على عجل.",
  "tailoring.strategy.put-money-aside.how": ["احفظه عند شخص تثق به، أو في مكان لا ينظر فيه الشخص أبدًا."],
  "tailoring.strategy.put-money-aside.printLabel": "مدّخرات",
  "tailoring.strategy.joint-debts.title": "احمِ نفسك من الديون المشتركة",
  "tailoring.strategy.joint-debts.what": "اسأل البنك عن الحسابات والقروض التي بينكما، وافحص سجلّك الائتماني.",
  "tailoring.strategy.joint-debts.why": "قد يستطيع الشخص أن يُراكم ديونًا باسمك، أو أن يُفرغ حسابًا مشتركًا.",
  "tailoring.strategy.joint-debts.how": [
    "اسأل إن كان يمكن أن يحتاج الحساب المشترك إلى موافقتكما معًا على الدفعات.",
    "افحص تقريرك الائتماني بحثًا عن ديون لم تكن تعرف بها.",
  ],
  "tailoring.strategy.joint-debts.printLabel": "الحسابات",
  "tailoring.strategy.benefits-check.title": "اعرف ما يمكنك الحصول عليه من مال",
  "tailoring.strategy.benefits-check.what": "اعرف ما الإعانات والمساعدة في الإيجار التي يمكنك الحصول عليها باسمك أنت.",
  "tailoring.strategy.benefits-check.why":
    "كثير من الناس لا يعرفون ما يحق لهم. إذا كنت تحصل على إعانة Universal Credit، يمكنك أن تطلب تقسيمها ودفع حصتك في حسابك أنت.",
  "tailoring.strategy.benefits-check.how": [
    "استخدم حاسبة الإعانات، أو اسأل Citizens Advice (مكتب الاستشارات للمواطنين) أو مرشد الدعم.",
  ],
  "tailoring.strategy.benefits-check.printLabel": "حساب المال",
  "tailoring.strategy.economic-abuse-is-abuse.title": "التحكّم في المال إساءة",
  "tailoring.strategy.economic-abuse-is-abuse.what":
    "منعك من امتلاك المال، أو أخذ أجرك، أو إجبارك على تحمّل الديون، نوع من الإساءة.",
  "tailoring.strategy.economic-abuse-is-abuse.why":
    "كثير من الناس لا يرونه إساءة في البداية. تسميته باسمه قد تساعدك على الحصول على المساعدة المناسبة.",
  "tailoring.strategy.economic-abuse-is-abuse.how": [
    "أخبر خط المساعدة أو مرشد الدعم بما يحدث بشأن المال. توجد خدمات متخصصة في هذا.",
  ],
  "tailoring.strategy.economic-abuse-is-abuse.printLabel": "ملاحظات عن المال",
  "tailoring.strategy.tell-the-bank.title": "أخبر البنك",
  "tailoring.strategy.tell-the-bank.what": "في بنوك كثيرة فريق للعملاء الذين يتحكّم شخص آخر في مالهم.",
  "tailoring.strategy.tell-the-bank.why": "يمكنهم أن يساعدوك على الوصول إلى مالك بأمان، وأن يحموا حساباتك.",
  "tailoring.strategy.tell-the-bank.how": [
    "اطلب من البنك، في الفرع أو من هاتف آمن، الفريق الخاص بالعملاء المحتاجين إلى دعم إضافي \u2066(vulnerable customers team)\u2069.",
  ],
  "tailoring.strategy.tell-the-bank.printLabel": "اتصال بالبنك",

  "tailoring.strategy.children-safe-place.title": "ساعد الأطفال على معرفة إلى أين يذهبون",
  "tailoring.strategy.children-safe-place.what":
    "اتفق مع الأطفال على مكان آمن يذهبون إليه إذا حدث صراخ أو شجار: غرفة، أو بيت جار.",
  "tailoring.strategy.children-safe-place.why": "كثيرًا ما يحاول الأطفال التدخّل. هذا ليس دورهم، وقد يتأذّون.",
  "tailoring.strategy.children-safe-place.how": [
    "قل لهم إن هذا ليس ذنبهم، وإن عليهم ألّا يحاولوا إيقافه.",
    "اصنع معهم خطة الطفل على هذا الموقع، وتدرّبوا عليها.",
  ],
  "tailoring.strategy.children-safe-place.printLabel": "ركن الأطفال",
  "tailoring.strategy.children-phone-999.title": "علّم الأطفال الاتصال بالرقم 999",
  "tailoring.strategy.children-phone-999.what":
    "علّم الأطفال كيف يتصلون بالرقم 999، وماذا يقولون: أسماءهم، وعنوانهم، وما يحدث.",
  "tailoring.strategy.children-phone-999.why": "الطفل الذي يعرف ما يفعل يكون أقل خوفًا، ويستطيع أن يطلب المساعدة.",
  "tailoring.strategy.children-phone-999.how": [
    "تدرّبوا بهاتف لعبة، وليس بهاتف حقيقي أبدًا.",
    "في خطة الطفل على هذا الموقع مكالمة للتدرّب.",
  ],
  "tailoring.strategy.children-phone-999.printLabel": "تدريب على الهاتف",
  "tailoring.strategy.tell-nursery-or-school.title": "أخبر الحضانة أو المدرسة",
  "tailoring.strategy.tell-nursery-or-school.what":
    "أخبر المسؤول عن حماية الأطفال في المدرسة بما يحدث، وبمن يُسمح له بأخذ الأطفال.",
  "tailoring.strategy.tell-nursery-or-school.why": "تستطيع المدارس أن تدعم الأطفال وأن تنتبه لأي شيء مقلق.",
  "tailoring.strategy.tell-nursery-or-school.how": [
    "اطلب أن تتحدّث مع المسؤول المعيّن لحماية الأطفال \u2066(designated safeguarding lead)\u2069.",
    "أعطهم نسخًا من أي أوامر صادرة عن المحكمة بشأن الأطفال.",
  ],
  "tailoring.strategy.tell-nursery-or-school.printLabel": "المدرسة",
  "tailoring.strategy.safer-handovers.title": "اجعل تسليم الأطفال أكثر أمانًا",
  "tailoring.strategy.safer-handovers.what":
    "إذا كان الوالد الآخر يرى الأطفال، فسلّمهم في مكان عام، أو في مركز للقاء الأطفال بأهلهم \u2066(contact centre)\u2069. أو اطلب من شخص آخر أن يسلّمهم.",
  "tailoring.strategy.safer-handovers.why": "قد يكون وقت التسليم وقت خطر، عليك وعلى الأطفال.",
  "tailoring.strategy.safer-handovers.how": [
    "اتفق على الأوقات والأماكن كتابةً، واكتب ما يحدث في كل مرة.",
    "أخبر مرشد الدعم أو المحامي بأي شيء يقلقك.",
  ],
  "tailoring.strategy.safer-handovers.printLabel": "مواعيد الاستلام",
  "tailoring.strategy.baby-things-ready.title": "أبقِ أغراض الرضيع جاهزة",
  "tailoring.strategy.baby-things-ready.what": "احفظ الحليب، والحفاضات، والأدوية، ودفتر صحة الرضيع معًا، جاهزة للأخذ.",
  "tailoring.strategy.baby-things-ready.why": "مع رضيع، هناك الكثير لتأخذه والوقت قليل.",
  "tailoring.strategy.baby-things-ready.how": ["أضفها إلى قائمة الأشياء التي تأخذها معك."],
  "tailoring.strategy.baby-things-ready.printLabel": "أغراض الرضيع",
  "tailoring.strategy.children-can-talk.title": "دع الأطفال يتكلّمون",
  "tailoring.strategy.children-can-talk.what":
    "أخبر الأطفال أنهم يستطيعون التحدّث إليك، أو إلى معلّم، أو إلى Childline، وأن لا شيء من هذا ذنبهم.",
  "tailoring.strategy.children-can-talk.why": "كثيرًا ما يحتفظ الأطفال بهمومهم لأنفسهم. الكلام يساعدهم على التحمّل.",
  "tailoring.strategy.children-can-talk.how": ["الاتصال بـ Childline مجاني، ولا يظهر في فاتورة الهاتف."],
  "tailoring.strategy.children-can-talk.printLabel": "الكلام",
  "tailoring.strategy.plan-with-teenager.title": "اصنع خطة مع ابنك أو ابنتك المراهقة",
  "tailoring.strategy.plan-with-teenager.what":
    "اجلس مع ابنك أو ابنتك المراهقة لتصنعا معًا خطته الخاصة، باستخدام خطة الشاب على هذا الموقع.",
  "tailoring.strategy.plan-with-teenager.why": "يتحمّل المراهقون أكثر عندما يكون لهم رأي، ويعرفون ما يفعلون.",
  "tailoring.strategy.plan-with-teenager.how": ["دعه يختار إلى من سيذهب وبمن سيتصل."],
  "tailoring.strategy.plan-with-teenager.printLabel": "ملاحظات المراهق",
  "tailoring.strategy.worried-about-a-child.title": "إذا كنت قلقًا على طفل",
  "tailoring.strategy.worried-about-a-child.what":
    "إذا كنت قلقًا على سلامة طفل، يمكنك أن تتحدّث إلى خط مساعدة NSPCC لطلب النصيحة.",
  "tailoring.strategy.worried-about-a-child.why": "يمكنهم أن يساعدوك على التفكير فيما تفعله، ومن تخبره.",
  "tailoring.strategy.worried-about-a-child.how": ["اتصل عندما لا يكون الشخص قريبًا."],
  "tailoring.strategy.worried-about-a-child.printLabel": "خط النصائح",

  "tailoring.strategy.pet-fostering.title": "اسأل عن رعاية مؤقتة لحيوانك الأليف",
  "tailoring.strategy.pet-fostering.what":
    "بعض الجمعيات الخيرية تعتني بالحيوانات الأليفة، مجانًا وبسرّية، بينما ينتقل أصحابها إلى مكان آمن.",
  "tailoring.strategy.pet-fostering.why":
    "كثير من الناس يؤجّلون المغادرة لأنهم لا يستطيعون أخذ حيوانهم الأليف. قد لا تضطر إلى الاختيار.",
  "tailoring.strategy.pet-fostering.how": [
    "إذا كان لديك كلب، اسأل مرشد الدعم عن Dogs Trust Freedom Project.",
    "للحيوانات الأخرى، اسأل خط المساعدة أو مرشد الدعم عمّا هو متوفر قريبًا منك.",
  ],
  "tailoring.strategy.pet-fostering.printLabel": "رعاية الحيوان",
  "tailoring.strategy.pet-papers.title": "احتفظ بأوراق حيوانك الأليف",
  "tailoring.strategy.pet-papers.what":
    "احتفظ بما يثبت أن الحيوان لك: سجلات الطبيب البيطري، والشريحة الإلكترونية مسجّلة باسمك.",
  "tailoring.strategy.pet-papers.why": "يساعدك هذا إذا حاول الشخص أن يحتفظ بالحيوان، أو أن يستخدمه ضدك.",
  "tailoring.strategy.pet-papers.how": ["اطلب من الطبيب البيطري أن يحدّث بيانات الشريحة، وألّا يعطي عنوانك لأحد."],
  "tailoring.strategy.pet-papers.printLabel": "أوراق البيطري",
  "tailoring.strategy.pets-and-refuges.title": "اسأل مبكرًا عن الحيوانات الأليفة",
  "tailoring.strategy.pets-and-refuges.what": "قليل من دور الإيواء تقبل الحيوانات الأليفة، لذا اسأل مبكرًا عمّا هو ممكن.",
  "tailoring.strategy.pets-and-refuges.why": "المعرفة المسبقة تعطيك وقتًا لترتيب رعاية الحيوان.",
  "tailoring.strategy.pets-and-refuges.how": ["اسأل خط المساعدة عندما تتحدّث عن أماكن للإقامة."],
  "tailoring.strategy.pets-and-refuges.printLabel": "أسئلة عن الحيوان",
  "tailoring.strategy.pet-in-ready-bag.title": "جهّز أغراض حيوانك الأليف",
  "tailoring.strategy.pet-in-ready-bag.what": "ضع مقودًا وطعامًا وأي دواء لحيوانك الأليف مع حقيبتك الجاهزة.",
  "tailoring.strategy.pet-in-ready-bag.why": "إذا أخذت حيوانك الأليف معك، فستحتاج إلى أغراضه أيضًا.",
  "tailoring.strategy.pet-in-ready-bag.how": ["أضفها إلى قائمة الأشياء التي تأخذها معك."],
  "tailoring.strategy.pet-in-ready-bag.printLabel": "أغراض الحيوان",

  "tailoring.strategy.abuse-concession.title": "اسأل عن إذن البقاء الخاص بضحايا الإساءة الأسرية",
  "tailoring.strategy.abuse-concession.what":
    "قد تكون في المملكة المتحدة بتأشيرة شريك، وانتهت العلاقة بسبب الإساءة. عندها قد تحصل على إذن بالبقاء لمدة ثلاثة أشهر. وفي هذه المدة يحق لك الحصول على الإعانات والمساعدة في السكن.",
  "tailoring.strategy.abuse-concession.why":
    "اسمه Migrant Victims of Domestic Abuse Concession. يعطيك وقتًا لترتّب وضع إقامتك دون أن تخسر السكن والمال.",
  "tailoring.strategy.abuse-concession.how": [
    "تحدّث إلى مستشار هجرة مرخّص قبل أن تقدّم الطلب: فهو يغيّر تأشيرتك.",
    "يستطيع مرشد الدعم أن يساعدك في إيجاد مستشار، ومجانًا في الغالب.",
  ],
  "tailoring.strategy.abuse-concession.printLabel": "سؤال عن التأشيرة",
  "tailoring.strategy.right-to-stay.title": "قد تستطيع البقاء",
  "tailoring.strategy.right-to-stay.what":
    "قد تكون شريك حياة لمواطن بريطاني، أو لشخص مقيم هنا بشكل دائم. إذا انتهت العلاقة بسبب الإساءة، فقد تستطيع أن تطلب البقاء بشكل دائم.",
  "tailoring.strategy.right-to-stay.why": "كثير من الناس يُقال لهم إنهم سيُرحَّلون إذا غادروا. هذا ليس صحيحًا دائمًا.",
  "tailoring.strategy.right-to-stay.how": ["اطلب استشارة من مستشار هجرة مرخّص بشأن حالتك أنت."],
  "tailoring.strategy.right-to-stay.printLabel": "ملاحظات عن التأشيرة",
  "tailoring.strategy.regulated-advice.title": "اطلب الاستشارة من مستشار هجرة مرخّص",
  "tailoring.strategy.regulated-advice.what":
    "لا تأخذ استشارة بشأن تأشيرتك إلا ممن يحق له تقديمها. أي من مستشار هجرة مرخّص، أو من محامٍ، أو من خدمة دعم متخصصة.",
  "tailoring.strategy.regulated-advice.why":
    "الاستشارة الخاطئة قد تُفقدك حقك في البقاء. قد تدفع المساعدة القانونية \u2066(legal aid)\u2069 ثمن الاستشارة إذا تعرّضت للإساءة.",
  "tailoring.strategy.regulated-advice.how": ["اطلب من خط المساعدة أو مرشد الدعم أن يساعدك في إيجاد مستشار مرخّص."],
  "tailoring.strategy.regulated-advice.printLabel": "المستشار",
  "tailoring.strategy.visa-copies.title": "احتفظ بنسخ من جواز سفرك وتأشيرتك",
  "tailoring.strategy.visa-copies.what":
    "احتفظ بنسخ من جواز سفرك، وتأشيرتك، وأي رسائل من وزارة الداخلية \u2066(Home Office)\u2069، في مكان لا يصل إليه الشخص.",
  "tailoring.strategy.visa-copies.why": "الذين يتحكّمون في شخص آخر كثيرًا ما يأخذون جواز سفره.",
  "tailoring.strategy.visa-copies.how": [
    "اكتب رقم جواز سفرك، والرقم المرجعي لتأشيرتك.",
    "احفظ الصور في بريد إلكتروني لا يفتحه أحد غيرك.",
  ],
  "tailoring.strategy.visa-copies.printLabel": "نسخة الجواز",
  "tailoring.strategy.ask-for-interpreter.title": "اطلب مترجمًا",
  "tailoring.strategy.ask-for-interpreter.what":
    "يمكنك أن تطلب مترجمًا. ويمكنك طلبه عند الطبيب، وفي المستشفى، ومع الشرطة، ومع كثير من خدمات الدعم.",
  "tailoring.strategy.ask-for-interpreter.why": "ينبغي أن تستطيع قول كل شيء باللغة التي تعرفها أكثر.",
  "tailoring.strategy.ask-for-interpreter.how": [
    "يمكنك أن تطلب مترجمًا لا يعرف عائلتك أو مجتمعك، أو مترجمًا عبر الهاتف.",
    "لا تدع الشخص، أو عائلته، يترجمون لك أبدًا.",
  ],
  "tailoring.strategy.ask-for-interpreter.printLabel": "مساعدة في اللغة",
  "tailoring.strategy.help-without-public-funds.title": "المساعدة عندما لا يحق لك الحصول على الأموال العامة",
  "tailoring.strategy.help-without-public-funds.what":
    "حتى إذا كانت تأشيرتك تقول «لا حق في الأموال العامة»، فقد توجد مساعدة. بعض دور الإيواء تقبل أشخاصًا بلا إعانات. وقد يكون على الخدمات الاجتماعية أن تساعد العائلات التي لديها أطفال.",
  "tailoring.strategy.help-without-public-funds.why":
    "كثير من الناس يظنون أنه لا توجد أي مساعدة لهم. لكنها موجودة في الغالب.",
  "tailoring.strategy.help-without-public-funds.how": [
    "أخبر خط المساعدة أو مرشد الدعم عن تأشيرتك، حتى يبحثوا عن المساعدة المناسبة.",
  ],
  "tailoring.strategy.help-without-public-funds.printLabel": "مساعدة أسأل عنها",

  "tailoring.strategy.medicines-ready.title": "أبقِ الأدوية في متناول يدك",
  "tailoring.strategy.medicines-ready.what":
    "احفظ أدوية تكفي بضعة أيام، وقائمة بما تأخذه، في مكان يمكنك الوصول إليه بسرعة.",
  "tailoring.strategy.medicines-ready.why": "نقص الأدوية قد يُمرضك، وبعض الناس يخفون الأدوية أو يمنعونها.",
  "tailoring.strategy.medicines-ready.how": [
    "اسأل طبيبك العام (GP) أو الصيدلية عن الوصفات المتكررة باسمك.",
    "أضفها إلى قائمة الأشياء التي تأخذها معك.",
  ],
  "tailoring.strategy.medicines-ready.printLabel": "الأدوية",
  "tailoring.strategy.carer-who-hurts.title": "إذا كان من يرعاك يؤذيك",
  "tailoring.strategy.carer-who-hurts.what":
    "إذا كان من يرعاك يؤذيك أو يخيفك أو يتحكّم فيك، فهذه إساءة. يمكنك أن تطلب المساعدة، وأن تطلب شخصًا آخر يرعاك.",
  "tailoring.strategy.carer-who-hurts.why":
    "على خدمة الرعاية الاجتماعية للبالغين واجب أن تنظر في الأمر وأن تساعد على حمايتك.",
  "tailoring.strategy.carer-who-hurts.how": [
    "أخبر طبيبك العام (GP)، أو ممرضة، أو أخصائيًا اجتماعيًا، أو خط المساعدة.",
    "اطلب من فريق الرعاية الاجتماعية للبالغين في المجلس المحلي أن ينظر في حمايتك (safeguarding).",
  ],
  "tailoring.strategy.carer-who-hurts.printLabel": "الرعاية",
  "tailoring.strategy.way-out-that-works.title": "خطّط لطريقة خروج تناسبك",
  "tailoring.strategy.way-out-that-works.what":
    "فكّر فيما تحتاجه لتخرج بسرعة. قد يكون أداة تساعدك على الحركة، أو سماعة أو نظارة، أو أدوية، أو شخصًا يساعدك.",
  "tailoring.strategy.way-out-that-works.why": "الخطة التي تناسب جسمك واحتياجاتك هي خطة تستطيع أن تستخدمها فعلًا.",
  "tailoring.strategy.way-out-that-works.how": [
    "احفظ أدواتك المساعدة حيث يمكنك الوصول إليها، لا حيث يستطيع الشخص أن يأخذها.",
    "عندما تتصل بالرقم 999، أخبرهم باحتياجاتك.",
  ],
  "tailoring.strategy.way-out-that-works.printLabel": "التنقّل",
  "tailoring.strategy.tell-gp-or-health-visitor.title": "أخبر طبيبك العام أو الزائرة الصحية",
  "tailoring.strategy.tell-gp-or-health-visitor.what":
    "يستطيع طبيبك العام (GP) أو الزائرة الصحية \u2066(health visitor)\u2069 أن يتحدّث معك على انفراد، وأن يكتب الإصابات، وأن يوصلك بالدعم.",
  "tailoring.strategy.tell-gp-or-health-visitor.why":
    "العاملون في الصحة يرون كثيرًا من الناس في مثل وضعك، ويعرفون من يستطيع المساعدة.",
  "tailoring.strategy.tell-gp-or-health-visitor.how": ["اطلب أن تراهم وحدك."],
  "tailoring.strategy.tell-gp-or-health-visitor.printLabel": "موعد",
  "tailoring.strategy.tell-midwife.title": "أخبري القابلة",
  "tailoring.strategy.tell-midwife.what":
    "القابلات يسألن الجميع عن الإساءة، ويحاولن أن يرينكِ وحدكِ مرة واحدة على الأقل.",
  "tailoring.strategy.tell-midwife.why":
    "كثيرًا ما تبدأ الإساءة أو تسوء أثناء الحمل. تستطيع القابلة أن تساعدكِ وتساعد الطفل.",
  "tailoring.strategy.tell-midwife.how": ["إذا كان الشخص يأتي معكِ دائمًا، قولي إنكِ تحتاجين إلى فحص وحدكِ."],
  "tailoring.strategy.tell-midwife.printLabel": "القابلة",
  "tailoring.strategy.someone-you-care-for.title": "خطّط للشخص الذي ترعاه",
  "tailoring.strategy.someone-you-care-for.what": "فكّر فيمن يستطيع أن يرعاه إذا اضطررت إلى الذهاب بسرعة.",
  "tailoring.strategy.someone-you-care-for.why": "قلقك عليه يجب ألّا يُبقيك في خطر.",
  "tailoring.strategy.someone-you-care-for.how": [
    "اسأل فريق الرعاية الاجتماعية للبالغين في المجلس المحلي عمّن يمكنه رعايته إذا احتجت إلى ذلك فجأة.",
  ],
  "tailoring.strategy.someone-you-care-for.printLabel": "رعاية بديلة",

  "tailoring.strategy.check-location-sharing.title": "تأكّد ممّن يستطيع أن يرى مكانك",
  "tailoring.strategy.check-location-sharing.what":
    "افحص مشاركة الموقع في هاتفك، وفي تطبيقات الخرائط، وفي تطبيقات العائلة.",
  "tailoring.strategy.check-location-sharing.why": "مشاركة الموقع من أكثر الطرق شيوعًا لتتبّع الناس.",
  "tailoring.strategy.check-location-sharing.how": [
    "إيقاف المشاركة قد ينبّه الشخص. فكّر أولًا إن كان ذلك آمنًا.",
    "يستطيع مرشد الدعم أن يساعدك على فحص هاتفك.",
  ],
  "tailoring.strategy.check-location-sharing.printLabel": "إعدادات الهاتف",
  "tailoring.strategy.passwords-from-safe-device.title": "غيّر كلمات المرور من جهاز آمن",
  "tailoring.strategy.passwords-from-safe-device.what":
    "غيّر كلمات المرور لبريدك الإلكتروني، وللبنك، ولحساباتك الأخرى، من جهاز لم يستخدمه الشخص أبدًا.",
  "tailoring.strategy.passwords-from-safe-device.why": "إذا كان يعرف كلمات مرورك، فيستطيع أن يقرأ رسائلك وأن يرى خططك.",
  "tailoring.strategy.passwords-from-safe-device.how": [
    "شغّل التحقّق بخطوتين، مع رموز تصل إلى هاتف لا يملكه أحد غيرك.",
    "التغييرات قد تنبّه الشخص. فكّر في التوقيت.",
  ],
  "tailoring.strategy.passwords-from-safe-device.printLabel": "كلمات المرور",
  "tailoring.strategy.private-window.title": "استخدم نافذة خاصة أو جهازًا آخر",
  "tailoring.strategy.private-window.what": "ابحث عن المساعدة في نافذة تصفّح خاصة، أو على جهاز لا يستخدمه الشخص أبدًا.",
  "tailoring.strategy.private-window.why":
    "النافذة الخاصة لا تحفظ سجل التصفّح. مسح السجل كله قد يبدو غريبًا: حذف صفحات بعينها يلفت الانتباه أقل.",
  "tailoring.strategy.private-window.how": ["اقرأ «الأمان على الإنترنت» على هذا الموقع لتعرف الخطوات."],
  "tailoring.strategy.private-window.printLabel": "التصفّح",
  "tailoring.strategy.stalking-diary.title": "اكتب مفكّرة عن الملاحقة",
  "tailoring.strategy.stalking-diary.what":
    "اكتب كل مرة يلاحقك فيها الشخص، أو يظهر حيث تكون، أو يتواصل معك، مع التاريخ والوقت.",
  "tailoring.strategy.stalking-diary.why": "الملاحقة جريمة. ما تكتبه يُظهر أنها تتكرر، وهذا يساعد الشرطة على التصرف.",
  "tailoring.strategy.stalking-diary.how": [
    "احتفظ بالرسائل، والرسائل الصوتية، وصور أي شيء يُترك لك.",
    "أبلغ الشرطة. اتصل بالرقم 999 إذا كنت في خطر.",
  ],
  "tailoring.strategy.stalking-diary.printLabel": "مفكّرة",
  "tailoring.strategy.look-for-trackers.title": "ابحث عن أجهزة التتبّع",
  "tailoring.strategy.look-for-trackers.what": "يمكن إخفاء أجهزة تتبّع صغيرة في سيارة، أو حقيبة، أو معطف، أو لعبة طفل.",
  "tailoring.strategy.look-for-trackers.why": "إذا كان الشخص يعرف دائمًا أين أنت، فقد يكون جهاز تتبّع هو السبب.",
  "tailoring.strategy.look-for-trackers.how": [
    "هواتف كثيرة تستطيع أن تنبّهك إلى جهاز تتبّع مجهول قريب منك: افحص الإعدادات.",
    "إذا وجدت جهازًا، فكّر قبل أن تزيله، وأخبر مرشد الدعم أو الشرطة.",
  ],
  "tailoring.strategy.look-for-trackers.printLabel": "السيارة والحقائب",
  "tailoring.strategy.children-devices.title": "افحص أجهزة الأطفال",
  "tailoring.strategy.children-devices.what":
    "الهواتف والأجهزة اللوحية والألعاب التي أعطاها الشخص للأطفال أو جهّزها قد تُظهر أين هم.",
  "tailoring.strategy.children-devices.why": "كثيرًا ما تُستخدم أجهزة الأطفال للعثور على الوالد الذي غادر.",
  "tailoring.strategy.children-devices.how": [
    "افحص المشاركة مع العائلة، والإعدادات التي تُظهر أين هم.",
    "يستطيع مرشد الدعم أن يساعدك على فحصها.",
  ],
  "tailoring.strategy.children-devices.printLabel": "الأجهزة اللوحية",

  "tailoring.strategy.honour-specialist.title": "تحدّث إلى خدمة متخصصة",
  "tailoring.strategy.honour-specialist.what":
    "تساعد Karma Nirvana الأشخاص الذين يواجهون الإساءة باسم «الشرف» والزواج القسري.",
  "tailoring.strategy.honour-specialist.why": "هم يفهمون ضغط العائلة والمجتمع، ولن يحكموا عليك.",
  "tailoring.strategy.honour-specialist.how": ["اتصل عندما تكون وحدك، من هاتف لا تفتّشه عائلتك."],
  "tailoring.strategy.honour-specialist.printLabel": "مكالمة هاتفية",
  "tailoring.strategy.forced-marriage-help.title": "إجبار أي شخص على الزواج جريمة",
  "tailoring.strategy.forced-marriage-help.what":
    "في المملكة المتحدة، إجبار أي شخص على الزواج جريمة. تستطيع وحدة الزواج القسري الحكومية \u2066(Forced Marriage Unit)\u2069 أن تساعد، في المملكة المتحدة وخارجها.",
  "tailoring.strategy.forced-marriage-help.why":
    "تستطيع المحكمة أيضًا أن تصدر أمرًا يمنع الزواج، أو يعيد شخصًا إلى المملكة المتحدة.",
  "tailoring.strategy.forced-marriage-help.how": ["أخبر معلّمًا، أو طبيبًا، أو مرشد دعم، أو الشرطة."],
  "tailoring.strategy.forced-marriage-help.printLabel": "ملاحظات عن الزفاف",
  "tailoring.strategy.travel-abroad.title": "انتبه للسفر إلى الخارج",
  "tailoring.strategy.travel-abroad.what":
    "إذا كنت تخاف أن تؤخذ إلى الخارج لتتزوج، فأخبر أحدًا قبل أي رحلة، واحتفظ بنسخ من جواز سفرك.",
  "tailoring.strategy.travel-abroad.why": "الحصول على المساعدة أصعب بكثير عندما تكون في الخارج.",
  "tailoring.strategy.travel-abroad.how": [
    "أعطِ شخصًا تثق به رقم جواز سفرك، والعنوان الذي ستقيم فيه.",
    "اتفق معه على مواعيد للتواصل، وعلى ما يفعله إذا لم تتواصل.",
  ],
  "tailoring.strategy.travel-abroad.printLabel": "تفاصيل الرحلة",
  "tailoring.strategy.trusted-outside-family.title": "اختر شخصًا من خارج العائلة",
  "tailoring.strategy.trusted-outside-family.what":
    "اختر شخصًا واحدًا تثق به من خارج عائلتك ومجتمعك. مثل معلّم، أو طبيب، أو صديق.",
  "tailoring.strategy.trusted-outside-family.why":
    "عندما تكون العائلة جزءًا مما يحدث، قد لا تكون المساعدة من داخلها آمنة.",
  "tailoring.strategy.trusted-outside-family.how": ["اتفق معه على طريقة للتواصل، وعلى كلمة رمزية."],
  "tailoring.strategy.trusted-outside-family.printLabel": "صديق",

  "tailoring.strategy.tell-someone-you-trust.title": "أخبر شخصًا واحدًا تثق به",
  "tailoring.strategy.tell-someone-you-trust.what":
    "أخبر صديقًا، أو قريبًا، أو زميلًا في العمل، بما يحدث، وبما تريد منه أن يفعل.",
  "tailoring.strategy.tell-someone-you-trust.why":
    "لا يلزمك أن تتحمّل هذا وحدك، والشخص الذي يعرف يستطيع أن يتصرف إذا لم تستطع أنت.",
  "tailoring.strategy.tell-someone-you-trust.how": [
    "اختر شخصًا لن يخبر الشخص الذي يؤذيك.",
    "أضفه إلى قائمة الأشخاص في خطتك.",
  ],
  "tailoring.strategy.tell-someone-you-trust.printLabel": "صديق",
  "tailoring.strategy.ask-about-idva.title": "اسأل عن مستشار خاص بك",
  "tailoring.strategy.ask-about-idva.what":
    "المستشار المستقل لشؤون العنف الأسري (IDVA) يعمل مع الأشخاص المعرّضين لخطر كبير. هو في صفّك أنت، لا في صفّ الشرطة أو المجلس المحلي.",
  "tailoring.strategy.ask-about-idva.why":
    "يستطيع أن يساعدك في الأمان، والسكن، والمحاكم، والمال، وأن يتحدّث نيابة عنك في اجتماع MARAC.",
  "tailoring.strategy.ask-about-idva.how": [
    "اسأل خط المساعدة، أو طبيبك العام (GP)، أو خدمة دعم قريبة منك، كيف تصل إلى مستشار.",
  ],
  "tailoring.strategy.ask-about-idva.printLabel": "المستشار",
  "tailoring.strategy.lgbt-service.title": "تحدّث إلى خدمة لمجتمع الميم (LGBT+)",
  "tailoring.strategy.lgbt-service.what":
    "تدير Galop خط مساعدة لأفراد مجتمع الميم (LGBT+) الذين يتعرّضون للإساءة، ومنها الإساءة من العائلة.",
  "tailoring.strategy.lgbt-service.why":
    "هم يفهمون التهديدات مثل كشف ميولك أو هويتك للآخرين، والعقبات التي يواجهها أفراد مجتمع الميم.",
  "tailoring.strategy.lgbt-service.how": ["اتصل عندما تكون وحدك."],
  "tailoring.strategy.lgbt-service.printLabel": "مكالمة هاتفية",
  "tailoring.strategy.service-for-men.title": "تحدّث إلى خدمة للرجال",
  "tailoring.strategy.service-for-men.what":
    "يساعد Men's Advice Line الرجال الذين يتعرّضون للإساءة من شريك الحياة أو من العائلة.",
  "tailoring.strategy.service-for-men.why": "كثيرًا ما لا يُصدَّق الرجال، أو يخجلون من طلب المساعدة. هذه الخدمة تفهم ذلك.",
  "tailoring.strategy.service-for-men.how": ["اتصل عندما تكون وحدك."],
  "tailoring.strategy.service-for-men.printLabel": "مكالمة هاتفية",
  "tailoring.strategy.older-people.title": "كبار السن يستطيعون الحصول على المساعدة أيضًا",
  "tailoring.strategy.older-people.what":
    "الإساءة من شريك الحياة، أو من أحد الأبناء الكبار، أو ممن يرعاك، إساءة في أي عمر. يستطيع طبيبك العام (GP) وخدمة الرعاية الاجتماعية للبالغين المساعدة.",
  "tailoring.strategy.older-people.why": "كثيرًا ما يُنسى كبار السن، وقد يعتمدون على الشخص الذي يؤذيهم.",
  "tailoring.strategy.older-people.how": ["أخبر طبيبك العام (GP)، أو ممرضة، أو خط المساعدة، بما يحدث."],
  "tailoring.strategy.older-people.printLabel": "موعد",
  "tailoring.strategy.family-abuse-counts.title": "الإساءة من العائلة تُحسب أيضًا",
  "tailoring.strategy.family-abuse-counts.what":
    "يقول القانون إن الإساءة من أحد أفراد العائلة، إذا كان عمره 16 سنة أو أكثر، هي إساءة أسرية. فهي لا تقتصر على الإساءة من شريك الحياة.",
  "tailoring.strategy.family-abuse-counts.why": "المساعدة نفسها، والأوامر نفسها، والخدمات نفسها، موجودة لك.",
  "tailoring.strategy.family-abuse-counts.how": ["أخبر خط المساعدة من الذي يؤذيك. لن يحكموا عليك ولا على عائلتك."],
  "tailoring.strategy.family-abuse-counts.printLabel": "ملاحظات عن العائلة",

  "tailoring.strategy.right-to-ask.title": "اسأل الشرطة عن ماضي شريك حياتك",
  "tailoring.strategy.right-to-ask.what":
    "بموجب Clare's Law (قانون كلير) يمكنك أن تسأل الشرطة إن كان لشريك حياتك سجل في الإساءة.",
  "tailoring.strategy.right-to-ask.why": "المعرفة قد تساعدك على أن تقرّر ماذا تفعل.",
  "tailoring.strategy.right-to-ask.how": [
    "اسأل بنفسك في مركز للشرطة، أو بالهاتف على رقم الحالات غير الطارئة. ويمكنك أيضًا أن تسأل عبر الإنترنت في مناطق كثيرة.",
  ],
  "tailoring.strategy.right-to-ask.printLabel": "سؤال لأطرحه",
  "tailoring.strategy.protective-orders.title": "اسأل عن أمر يُبعد الشخص عنك",
  "tailoring.strategy.protective-orders.what": "تستطيع المحكمة أن تأمر الشخص بألّا يتواصل معك، أو بأن يبتعد عن بيتك.",
  "tailoring.strategy.protective-orders.why": "مخالفة بعض هذه الأوامر جريمة، لذلك تستطيع الشرطة أن تتصرف بسرعة.",
  "tailoring.strategy.protective-orders.how": [
    "اسأل مرشد الدعم أو محاميًا عن أمر عدم التعرّض \u2066(non-molestation order)\u2069 أو أمر السكن \u2066(occupation order)\u2069.",
    "في الحالات الطارئة، يمكن أن يصدر الأمر دون أن يُخبَر الشخص أولًا.",
  ],
  "tailoring.strategy.protective-orders.printLabel": "أوراق",
  "tailoring.strategy.legal-aid.title": "اعرف إن كان يمكنك الحصول على المساعدة القانونية",
  "tailoring.strategy.legal-aid.what":
    "إذا تعرّضت للإساءة، فقد تحصل على المساعدة القانونية \u2066(legal aid)\u2069 لتدفع أجر محامٍ. وهذا في القضايا العائلية، مثل مكان سكن الأطفال ومن يلتقون به.",
  "tailoring.strategy.legal-aid.why": "ستحتاج عادةً إلى دليل ما، مثل رسالة من طبيب أو من خدمة دعم.",
  "tailoring.strategy.legal-aid.how": ["اسأل محاميًا لشؤون الأسرة يعمل بالمساعدة القانونية، أو مرشد الدعم."],
  "tailoring.strategy.legal-aid.printLabel": "مساعدة في التكاليف",

  "tailoring.strategy.not-your-fault.title": "تذكّر: هذا ليس ذنبك",
  "tailoring.strategy.not-your-fault.what": "لا شيء تفعله أو تقوله يجعل ذلك ذنبك. الشخص الذي يؤذيك هو من يختار ذلك.",
  "tailoring.strategy.not-your-fault.why": "الذين يؤذون غيرهم كثيرًا ما يلومون الشخص الذي يؤذونه. وهذا غير صحيح.",
  "tailoring.strategy.not-your-fault.how": ["اكتب كلامًا لطيفًا كنت ستقوله لصديق في مكانك."],
  "tailoring.strategy.not-your-fault.printLabel": "تذكير",
  "tailoring.strategy.mixed-feelings.title": "المشاعر المختلطة أمر طبيعي",
  "tailoring.strategy.mixed-feelings.what": "يمكنك أن تحب شخصًا وتريد مع ذلك أن يتوقف الأذى.",
  "tailoring.strategy.mixed-feelings.why": "الشعور بالحيرة بين أمرين من أصعب الأشياء. الحديث عنه قد يساعد.",
  "tailoring.strategy.mixed-feelings.how": ["تحدّث إلى خط المساعدة. لن يقولوا لك ماذا تفعل."],
  "tailoring.strategy.mixed-feelings.printLabel": "أفكار",
  "tailoring.strategy.look-after-yourself.title": "اعتنِ بنفسك",
  "tailoring.strategy.look-after-yourself.what":
    "النوم، والطعام، والهواء النقي، والأشخاص الذين يهتمّون بك، كلها تساعدك على التحمّل.",
  "tailoring.strategy.look-after-yourself.why": "الإساءة تُنهك الناس. الأشياء الصغيرة قد تساعدك على الشعور بقوة أكبر.",
  "tailoring.strategy.look-after-yourself.how": [
    "تحدّث إلى طبيبك العام (GP) إذا شعرت بالحزن أو القلق، أو لم تستطع النوم.",
  ],
  "tailoring.strategy.look-after-yourself.printLabel": "وقت لنفسي",

  "tailoring.strategy.signal-and-power.title": "احتفظ بطريقة لطلب المساعدة",
  "tailoring.strategy.signal-and-power.what": "اعرف أين تصل إشارة هاتفك، واحتفظ بشاحن متنقّل مشحون.",
  "tailoring.strategy.signal-and-power.why":
    "عندما تكون بعيدًا عن الناس، قد تتأخّر المساعدة في الوصول، لذلك تحتاج إلى أن تتصل مبكرًا.",
  "tailoring.strategy.signal-and-power.how": ["اكتب أقرب مكان فيه ناس، مثل متجر أو جار."],
  "tailoring.strategy.signal-and-power.printLabel": "الشاحن المتنقّل",
  "tailoring.strategy.lift-arranged.title": "رتّب مسبقًا من يوصلك",
  "tailoring.strategy.lift-arranged.what": "اسأل شخصًا تثق به ولديه سيارة إن كان سيوصلك إذا احتجت إلى الذهاب.",
  "tailoring.strategy.lift-arranged.why": "بدون سيارة، قد يستغرق الوصول إلى مكان أكثر أمانًا وقتًا طويلًا جدًا.",
  "tailoring.strategy.lift-arranged.how": ["احفظ رقمه، ورقم سيارة أجرة، في خطتك."],
  "tailoring.strategy.lift-arranged.printLabel": "توصيلة",

  // Signs of danger: each is a plain statement the person may recognise, then what it means.
  "tailoring.sign.strangled.label": "وضع يديه حول رقبتي، أو خنقني، أو حاول ذلك",
  "tailoring.sign.strangled.flag":
    "الخنق خطير جدًا، حتى لو لم يترك أثرًا. قد يسبّب أذى لا تراه، وهو علامة تحذير على أنه قد يقتل.",
  "tailoring.sign.threats-to-kill.label": "هدّد بقتلي، أو بقتل شخص آخر، أو بقتل نفسه",
  "tailoring.sign.threats-to-kill.flag": "خذ التهديد بالقتل بجدية، حتى لو قيل في لحظة غضب أو على سبيل المزاح.",
  "tailoring.sign.separation.label": "انفصلنا، أو أخطط للانفصال",
  "tailoring.sign.separation.flag":
    "فترة المغادرة، وما بعدها مباشرة، هي الوقت الذي يكون فيه كثير من الناس في أكبر خطر. خطّط لها مع من يساعدك.",
  "tailoring.sign.stalking.label": "يلاحقني، أو يراقبني، أو يظل يتواصل معي",
  "tailoring.sign.stalking.flag": "الملاحقة جريمة، وكثيرًا ما تأتي قبل أذى خطير.",
  "tailoring.sign.weapons.label": "استخدم سلاحًا ضدي أو هدّدني به، أو يستطيع الحصول على سلاح",
  "tailoring.sign.weapons.flag": "السلاح يجعل الأذى الخطير أكثر احتمالًا بكثير.",
  "tailoring.sign.getting-worse.label": "يحدث أكثر من قبل، أو يزداد سوءًا",
  "tailoring.sign.getting-worse.flag": "الإساءة التي تزداد سوءًا أو تتكرر أكثر علامة على أن الخطر يزداد.",
  "tailoring.sign.pregnant-or-baby.label": "أنا حامل، أو لديّ رضيع عمره أقل من سنة",
  "tailoring.sign.pregnant-or-baby.flag":
    "كثيرًا ما تبدأ الإساءة أو تسوء أثناء الحمل وبعد الولادة. أنت وطفلك تستحقان مساعدة إضافية.",
  "tailoring.sign.own-fear.label": "أخاف مما قد يفعله",
  "tailoring.sign.own-fear.flag": "إحساسك أنت بالخطر من أفضل ما يمكن أن تسترشد به. ثق به.",
  "tailoring.sign.threats-about-children.label": "يهدّد بأخذ الأطفال أو إيذائهم، أو يستخدم رؤية الأطفال للوصول إليّ",
  "tailoring.sign.threats-about-children.flag": "التهديدات المتعلقة بالأطفال أمر خطير، عليهم وعليك.",
  "tailoring.advice.phone-999.title": "اتصل بالرقم 999",
  "tailoring.advice.phone-999.text": "إذا كنت في خطر الآن، اتصل بالرقم 999 واطلب الشرطة.",
  "tailoring.advice.silent-call.title": "إذا لم تستطع الكلام: 999، ثم 55",
  "tailoring.advice.silent-call.text":
    "من الهاتف المحمول، اطلب الرقم 999، وإذا لم تستطع الكلام، اضغط 55 عندما يُطلب منك. سيحوّل الموظف مكالمتك إلى الشرطة.",
  "tailoring.advice.helpline.title": "تحدّث إلى خط المساعدة",
  "tailoring.advice.helpline.text":
    "يمكنهم أن يساعدوك على وضع خطة بحسب العلامات التي لاحظتها، في أي وقت من النهار أو الليل.",
  "tailoring.advice.idva.title": "اطلب مستشارًا مستقلًا لشؤون العنف الأسري",
  "tailoring.advice.idva.text":
    "المستشار المستقل لشؤون العنف الأسري (IDVA) مستشار مدرَّب يعمل مع الأشخاص المعرّضين لخطر كبير، وهو في صفّك. يستطيع خط المساعدة، أو طبيبك العام (GP)، أو خدمة دعم قريبة منك، أن يوصلك به.",
  "tailoring.advice.marac.title": "ما هو MARAC",
  "tailoring.advice.marac.text":
    "MARAC اجتماع بشأن الأشخاص المعرّضين لأكبر خطر. تتبادل فيه الشرطة، والخدمات الصحية، والإسكان، وخدمات الأطفال، وجهات أخرى، ما تعرفه، وتتفق على طريقة لحمايتهم أكثر. أنت لا تحضره: يتحدّث مستشار نيابة عنك. يستطيع شخص مختص أن يحيلك إليه، بموافقتك كلما أمكن.",
  "tailoring.advice.see-a-doctor.title": "راجع الطبيب",
  "tailoring.advice.see-a-doctor.text": "اطلب أن يفحصك طبيب أو قابلة، حتى لو كنت تشعر أنك بخير. أخبرهم بما حدث.",
  "tailoring.advice.keep-a-record.title": "اكتب ما يحدث",
  "tailoring.advice.keep-a-record.text":
    "اكتب ما يحدث، مع التواريخ، واحتفظ بالرسائل، في مكان لا يستطيع الشخص أن يجدها فيه.",
  "tailoring.advice.children-services.title": "اطلب المساعدة للأطفال",
  "tailoring.advice.children-services.text":
    "أخبر مرشد الدعم، أو مدرسة الأطفال، أو خط مساعدة NSPCC. تستطيع خدمات الأطفال أن تساعد على حمايتهم.",

  // Is this device safe? One question each, and one thing to do when the answer is a worry.
  "tailoring.device.others-unlock.question": "هل يستطيع الشخص فتح هذا الهاتف أو الحاسوب، أو يعرف رمز قفله؟",
  "tailoring.device.others-unlock.todo":
    "استخدم جهازًا آخر لخطتك إن استطعت، مثل هاتف صديق أو حاسوب في المكتبة العامة. إذا كان ذلك آمنًا، غيّر الرمز.",
  "tailoring.device.they-set-it-up.question": "هل الشخص هو من اشترى هذا الجهاز، أو جهّزه، أو كان معه لفترة؟",
  "tailoring.device.they-set-it-up.todo":
    "قد يكون أضاف تطبيقات أو إعدادات تكشف ما تفعله. استخدم جهازًا لم يكن معه أبدًا لأي شيء خاص.",
  "tailoring.device.shared-account.question":
    "هل هذا الجهاز مسجّل الدخول إلى حساب يستطيع الشخص فتحه؟ مثل حساب Google أو Apple أو Microsoft مشترك.",
  "tailoring.device.shared-account.todo":
    "أي شيء يُحفظ في ذلك الحساب، مثل الصور أو سجل التصفّح أو كلمات المرور، قد يظهر على أجهزته أيضًا. استخدم نافذة خاصة، ولا تحفظ عنوان هذا الموقع.",
  "tailoring.device.browser-sync.question":
    "هل سجّلت الدخول في هذا المتصفح مع تشغيل المزامنة، بحيث يظهر سجل تصفّحك على أجهزة أخرى؟",
  "tailoring.device.browser-sync.todo":
    "استخدم نافذة خاصة لهذا الموقع. إذا كنت قد زرته من قبل، فاحذف هذه الصفحات فقط من السجل بدلًا من مسح كل شيء.",
  "tailoring.device.location-shared.question":
    "هل يستطيع الشخص أن يرى مكانك، مثلًا عبر تطبيق خرائط، أو Find My، أو تطبيق للعائلة؟",
  "tailoring.device.location-shared.todo":
    "افحص مشاركة الموقع في إعدادات الهاتف. إيقافها قد ينبّه الشخص، ففكّر أولًا، واطلب من مرشد الدعم أن يساعدك.",
  "tailoring.device.family-apps.question": "هل أنت في مجموعة عائلية أو تطبيق للرقابة الأبوية مع الشخص؟",
  "tailoring.device.family-apps.todo":
    "تطبيقات العائلة قد تكشف مكانك، ومشترياتك، ووقت استخدامك للشاشة. اطلب من مرشد الدعم أن يساعدك على معرفة ما يستطيع الشخص أن يراه.",
  "tailoring.device.childrens-devices.question":
    "هل لدى أطفالك هواتف أو أجهزة لوحية أو ألعاب أعطاهم إياها الشخص أو جهّزها لهم؟",
  "tailoring.device.childrens-devices.todo":
    "قد تكشف هذه الأجهزة أين يكون الأطفال. افحص إعدادات الموقع والعائلة فيها، مع مساعدة إن احتجت إليها.",
  "tailoring.device.smart-home.question": "هل في البيت كاميرات، أو سماعات ذكية، أو جرس باب بكاميرا، يتحكّم فيها الشخص؟",
  "tailoring.device.smart-home.todo":
    "قد يستطيع أن يرى أو يسمع ما يحدث في البيت. أجرِ مكالماتك واستخدم هذا الموقع بعيدًا عنها.",
  "tailoring.device.knows-too-much.question":
    "هل يبدو أن الشخص يعرف أشياء لا ينبغي أن يعرفها: رسائلك، أو ما تبحث عنه، أو الأماكن التي ذهبت إليها؟",
  "tailoring.device.knows-too-much.todo":
    "قد يكون هذا علامة على برنامج تجسّس أو حساب مشترك. لا تستخدم هذا الجهاز لخطتك. يستطيع خط المساعدة أن يخبرك كيف يمكن فحص الجهاز.",
  "tailoring.device.answer.yes": "نعم",
  "tailoring.device.answer.no": "لا",
  "tailoring.device.answer.not-sure": "لا أعرف بالتأكيد",

  // If I need to go now: the general list when the person has not made their own.
  "tailoring.goNow.take.phone": "هاتفك وشاحنه",
  "tailoring.goNow.take.keys": "المفاتيح",
  "tailoring.goNow.take.money": "المال والبطاقات المصرفية",
  "tailoring.goNow.take.medicines": "الأدوية",
  "tailoring.goNow.take.documents": "جواز السفر أو أي إثبات هوية آخر، إذا استطعت الوصول إليه بسرعة",
  "tailoring.goNow.take.children": "الأطفال، وما يحتاجونه الليلة",
  // The screens' own words.
  "tailoring.ui.ratherNotSay": "أفضّل ألّا أقول",
  "tailoring.ui.priorities.intro": "اختر ما يهمّك، ثم انقل الأهمّ إلى الأعلى.",
  "tailoring.ui.priorities.chosen": "ما يهمّني، الأهمّ أولًا",
  "tailoring.ui.priorities.none": "لم يُختر شيء بعد.",
  "tailoring.ui.priorities.up": "انقل إلى الأعلى",
  "tailoring.ui.priorities.down": "انقل إلى الأسفل",
  "tailoring.ui.priorities.remove": "أزِل",
  "tailoring.ui.priorities.moved": "«{name}» الآن في المرتبة {n}.",
  "tailoring.ui.priorities.own": "بكلماتك أنت، ما الذي يهمّك؟",
  "tailoring.ui.ideas.empty":
    "أجب عن «ما ينطبق عليّ» و«ما يهمّني أكثر» لترى أفكارًا مختارة لك. يمكنك أيضًا أن تتصفّح كل الأفكار في الأسفل.",
  "tailoring.ui.ideas.suggested": "مقترحة لك",
  "tailoring.ui.ideas.suggestedHint": "ليست في خطتك بعد. الأفكار التي تحتفظ بها فقط تدخل خطتك وتُطبع معها.",
  "tailoring.ui.ideas.suggestedNone": "قرّرت بشأن كل الاقتراحات. تصفّح كل الأفكار في الأسفل لترى المزيد.",
  "tailoring.ui.ideas.because": "اقتُرحت هذه الفكرة لأنك {reasons}.",
  "tailoring.ui.ideas.between": " و",
  "tailoring.ui.ideas.and": " و",
  "tailoring.ui.ideas.andVowel": " و",
  "tailoring.ui.ideas.how": "لماذا تساعد، وكيف",
  "tailoring.ui.ideas.more": {
    zero: "لا توجد أفكار أخرى",
    one: "اعرض فكرة أخرى",
    two: "اعرض فكرتين أخريين",
    few: "اعرض {count} أفكار أخرى",
    many: "اعرض {count} فكرة أخرى",
    other: "اعرض {count} فكرة أخرى",
  },
  "tailoring.ui.ideas.call": "من يستطيع المساعدة:",
  "tailoring.ui.ideas.keep": "احتفظ بها في خطتي",
  "tailoring.ui.ideas.drop": "لا تناسبني",
  "tailoring.ui.ideas.kept": "في خطتي",
  "tailoring.ui.ideas.keptNone": "لا شيء محفوظ بعد. اضغط «احتفظ بها في خطتي» على أي فكرة تناسبك.",
  "tailoring.ui.ideas.note": "ملاحظاتي عن هذه الفكرة",
  "tailoring.ui.ideas.takeOut": "أخرجها من خطتي",
  "tailoring.ui.ideas.own": "أفكاري الخاصة",
  "tailoring.ui.ideas.ownTitle": "فكرتي",
  "tailoring.ui.ideas.ownNote": "كيف سأفعلها",
  "tailoring.ui.ideas.ownN": "فكرتي الخاصة {n}",
  "tailoring.ui.ideas.addOwn": "أضف فكرة من عندي",
  "tailoring.ui.ideas.removeOwn": "احذف هذه الفكرة",
  "tailoring.ui.ideas.dropped": "ما وضعته جانبًا ({count})",
  "tailoring.ui.ideas.bringBack": "أعِدها",
  "tailoring.ui.ideas.all": "تصفّح كل الأفكار",
  "tailoring.ui.ideas.inPlan": "في خطتي",
  "tailoring.ui.ideas.keptDone": "أُضيفت إلى خطتك: {title}.",
  "tailoring.ui.ideas.droppedDone": "وُضعت جانبًا: {title}. يمكنك إعادتها من الأسفل.",
  "tailoring.ui.panel.close": "العودة إلى خطتي",
  "tailoring.ui.goNow.title": "إذا احتجت إلى الذهاب الآن",
  "tailoring.ui.goNow.intro": "الأشياء القليلة الأهمّ. اقرأها الآن، لتعرفها عندما تحتاج إليها.",
  "tailoring.ui.goNow.danger":
    "إذا كنت في خطر، اتصل بالرقم 999. إذا لم تستطع الكلام من الهاتف المحمول، اضغط 55 عندما يُطلب منك.",
  "tailoring.ui.goNow.where": "أين يمكنني أن أذهب",
  "tailoring.ui.goNow.who": "بمن يمكنني أن أتصل",
  "tailoring.ui.goNow.codeWord": "كلمتي الرمزية",
  "tailoring.ui.goNow.waysOut": "طرق الخروج",
  "tailoring.ui.goNow.children": "أين يمكن أن يذهب الأطفال",
  "tailoring.ui.goNow.take": "خذ معك إن استطعت",
  "tailoring.ui.goNow.takeMine": "من قائمتي",
  "tailoring.ui.goNow.nothing":
    "خطتك لا تقول بعد إلى أين ستذهب أو بمن ستتصل. عندما تملأ «الاستعداد للمغادرة» وقائمة الأشياء التي تأخذها معك، ستظهر هنا.",
  "tailoring.ui.goNow.leave": "إذا كنت في خطر، لا تتوقف لأخذ الأشياء. أنت أهمّ من أي شيء يمكن أن تأخذه.",
  "tailoring.ui.signs.title": "علامات الخطر",
  "tailoring.ui.signs.intro":
    "بعض الأشياء تجعل الأذى الخطير أكثر احتمالًا. ضع علامة على أي منها تعرفه في حياتك لترى ما يمكنك فعله. لا توجد نتيجة أو درجات: إحساسك أنت بالخطر هو الأهمّ.",
  "tailoring.ui.signs.legend": "هل تعرف أيًا من هذه الأشياء في حياتك؟",
  "tailoring.ui.signs.flagged": "ماذا يعني هذا",
  "tailoring.ui.signs.todo": "ما يمكنك فعله",
  "tailoring.ui.signs.none": "حتى إذا لم تضع علامة على شيء، ثق بمشاعرك. إذا كنت خائفًا، تحدّث إلى أحد.",
  "tailoring.ui.signs.notKept": "ما تضع عليه علامة هنا لا يُحفظ: يختفي عندما تغلق هذا.",
  "tailoring.ui.device.title": "هل هذا الجهاز آمن؟",
  "tailoring.ui.device.intro":
    "بضعة أسئلة عن الهاتف أو الحاسوب الذي تستخدمه الآن. تجاوز أي سؤال تريد. إجاباتك لا تُحفظ في أي مكان.",
  "tailoring.ui.device.todo": "ما يجب فعله",
  "tailoring.ui.device.allClear":
    "لا شيء مما قلته يدعو إلى القلق. استمر في استخدام زر «اخرج من هذه الصفحة» عندما تحتاج إليه، واقرأ «الأمان على الإنترنت» لتعرف المزيد.",
  "tailoring.ui.device.onlineSafety": "الأمان على الإنترنت",
};
