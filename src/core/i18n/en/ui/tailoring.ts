/**
 * The words of the tailored plan (src/core/tailoring/), in English: what applies to me, my
 * priorities, the library of strategies, signs of danger, the device check and the short
 * "go now" screen. Written for the UK from the guidance in the project's reference material.
 *
 * For translators:
 * - tailoring.strategy.<id>.printLabel goes on a discreet printout: a plain household phrase
 *   that says nothing about what the paper is for (no leaving, hiding, danger, police, court…).
 * - tailoring.reason.* complete "Suggested because…": keep them short and free of judgement.
 * - No phone numbers here except 999 and 55: services' numbers come from the verified list.
 */
export const tailoring = {
  // What applies to me: the questions.
  "tailoring.situation.who.title": "Who is hurting or frightening you?",
  "tailoring.situation.who.hint": "Pick any that fit.",
  "tailoring.situation.abuser-partner.label": "A partner",
  "tailoring.situation.abuser-ex.label": "An ex-partner",
  "tailoring.situation.abuser-family.label": "A family member, such as a parent, a grown-up child or an in-law",
  "tailoring.situation.where-now.title": "Where are you now?",
  "tailoring.situation.where-now.hint":
    "There is no right answer. Many people stay for a long time, and a plan should help whatever you decide.",
  "tailoring.situation.staying.label": "I live with them, or see them often",
  "tailoring.situation.thinking-leaving.label": "I am thinking about leaving",
  "tailoring.situation.left.label": "I have already left",
  "tailoring.situation.children.title": "Do you have children?",
  "tailoring.situation.children.hint": "Pick every age that fits.",
  "tailoring.situation.child-under-5.label": "A child under 5",
  "tailoring.situation.child-5-11.label": "A child aged 5 to 11",
  "tailoring.situation.child-12-17.label": "A child aged 12 to 17",
  "tailoring.situation.child-contact.label": "The other parent sees the children, or wants to",
  "tailoring.situation.pregnancy.title": "Are you pregnant, or do you have a baby?",
  "tailoring.situation.pregnant.label": "I am pregnant",
  "tailoring.situation.baby-under-one.label": "I have a baby under one",
  "tailoring.situation.pets.title": "Do you have pets?",
  "tailoring.situation.pets.label": "I have a pet or pets",
  "tailoring.situation.money.title": "Money",
  "tailoring.situation.money.hint": "Controlling money is a kind of abuse too.",
  "tailoring.situation.money-controlled.label": "They control the money, or check what I spend",
  "tailoring.situation.joint-money.label": "We have joint bank accounts, loans or debts",
  "tailoring.situation.no-own-money.label": "I have no money of my own",
  "tailoring.situation.home.title": "Your home",
  "tailoring.situation.home-joint.label": "We rent or own our home together",
  "tailoring.situation.home-theirs.label": "The home is in their name",
  "tailoring.situation.home-mine.label": "The home is in my name",
  "tailoring.situation.immigration.title": "Your visa and language",
  "tailoring.situation.immigration.hint": "This stays in your plan. The site never sends it anywhere.",
  "tailoring.situation.partner-visa.label": "My visa depends on my partner",
  "tailoring.situation.nrpf.label": 'My visa says "no recourse to public funds"',
  "tailoring.situation.status-unsure.label": "I am not sure about my immigration status",
  "tailoring.situation.need-interpreter.label": "I would like help in another language",
  "tailoring.situation.health.title": "Health and care",
  "tailoring.situation.disability.label": "I have a disability",
  "tailoring.situation.health-medicines.label": "I have an illness, or take medicines every day",
  "tailoring.situation.abuser-carer.label": "The person who hurts me is also my carer",
  "tailoring.situation.i-care-for.label": "I look after someone else",
  "tailoring.situation.technology.title": "Phones, computers and being followed",
  "tailoring.situation.tech-monitoring.label": "They check my phone, messages, accounts or where I am",
  "tailoring.situation.stalking.label": "They follow me, turn up, or keep contacting me",
  "tailoring.situation.honour.title": "Family and community",
  "tailoring.situation.honour.label": 'My family or community put pressure on me about "honour" or shame',
  "tailoring.situation.forced-marriage.label": "Someone is making me marry, or made me marry",
  "tailoring.situation.about-me.title": "About you",
  "tailoring.situation.about-me.hint": "Some services are there for people like you.",
  "tailoring.situation.lgbt.label": "I am lesbian, gay, bisexual, trans or queer",
  "tailoring.situation.man.label": "I am a man",
  "tailoring.situation.older.label": "I am 60 or older",
  "tailoring.situation.getting-help.title": "Getting help",
  "tailoring.situation.no-transport.label": "I have no car and little money for travel",
  "tailoring.situation.far-from-help.label": "I live far from other people or from help",

  // Why a strategy is suggested: each completes "Suggested because…".
  "tailoring.reason.situation.abuser-partner": "you said a partner is hurting you",
  "tailoring.reason.situation.abuser-ex": "you said an ex-partner is hurting you",
  "tailoring.reason.situation.abuser-family": "you said a family member is hurting you",
  "tailoring.reason.situation.staying": "you said you live with them or see them often",
  "tailoring.reason.situation.thinking-leaving": "you said you are thinking about leaving",
  "tailoring.reason.situation.left": "you said you have already left",
  "tailoring.reason.situation.child-under-5": "you said you have a child under 5",
  "tailoring.reason.situation.child-5-11": "you said you have a child aged 5 to 11",
  "tailoring.reason.situation.child-12-17": "you said you have a child aged 12 to 17",
  "tailoring.reason.situation.child-contact": "you said the other parent sees the children, or wants to",
  "tailoring.reason.situation.pregnant": "you said you are pregnant",
  "tailoring.reason.situation.baby-under-one": "you said you have a baby",
  "tailoring.reason.situation.pets": "you said you have a pet",
  "tailoring.reason.situation.money-controlled": "you said they control the money",
  "tailoring.reason.situation.joint-money": "you said you have joint accounts or debts",
  "tailoring.reason.situation.no-own-money": "you said you have no money of your own",
  "tailoring.reason.situation.home-joint": "you said you rent or own your home together",
  "tailoring.reason.situation.home-theirs": "you said the home is in their name",
  "tailoring.reason.situation.home-mine": "you said the home is in your name",
  "tailoring.reason.situation.partner-visa": "you said your visa depends on your partner",
  "tailoring.reason.situation.nrpf": "you said your visa says no recourse to public funds",
  "tailoring.reason.situation.status-unsure": "you said you are not sure about your immigration status",
  "tailoring.reason.situation.need-interpreter": "you said you would like help in another language",
  "tailoring.reason.situation.disability": "you said you have a disability",
  "tailoring.reason.situation.health-medicines": "you said you have an illness or take medicines",
  "tailoring.reason.situation.abuser-carer": "you said the person who hurts you is also your carer",
  "tailoring.reason.situation.i-care-for": "you said you look after someone else",
  "tailoring.reason.situation.tech-monitoring": "you said they check your phone or where you are",
  "tailoring.reason.situation.stalking": "you said they follow you or keep contacting you",
  "tailoring.reason.situation.honour": "you said your family or community put pressure on you",
  "tailoring.reason.situation.forced-marriage": "you said someone is making you marry",
  "tailoring.reason.situation.lgbt": "you said you are LGBT+",
  "tailoring.reason.situation.man": "you said you are a man",
  "tailoring.reason.situation.older": "you said you are 60 or older",
  "tailoring.reason.situation.no-transport": "you said travel is hard for you",
  "tailoring.reason.situation.far-from-help": "you said you live far from help",
  "tailoring.reason.priority.own-safety": "your own safety is one of the things that matter most to you",
  "tailoring.reason.priority.children": "your children are one of the things that matter most to you",
  "tailoring.reason.priority.money-home": "money and a home are among the things that matter most to you",
  "tailoring.reason.priority.privacy": "privacy is one of the things that matter most to you",
  "tailoring.reason.priority.partner-feelings": "your feelings for the person matter to you",
  "tailoring.reason.priority.own-words": "you added something of your own that matters to you",

  // My priorities.
  "tailoring.priority.own-safety.label": "My own safety",
  "tailoring.priority.own-safety.hint": "Not being hurt, and feeling safer day to day.",
  "tailoring.priority.children.label": "My children",
  "tailoring.priority.children.hint": "Their safety, their happiness and staying with them.",
  "tailoring.priority.money-home.label": "Money and a home",
  "tailoring.priority.money-home.hint": "Having enough to live on, and somewhere to live.",
  "tailoring.priority.privacy.label": "Privacy",
  "tailoring.priority.privacy.hint": "Keeping what is happening to myself, and choosing who knows.",
  "tailoring.priority.partner-feelings.label": "My feelings for the person",
  "tailoring.priority.partner-feelings.hint": "Many people still care about the person who hurts them. That is normal.",
  "tailoring.priority.own-words.label": "Something else",
  "tailoring.priority.own-words.hint": "In your own words.",

  // Categories of strategies.
  "tailoring.category.first-hours.title": "If something happens",
  "tailoring.category.home.title": "Safer at home",
  "tailoring.category.leaving.title": "If you decide to leave",
  "tailoring.category.after-leaving.title": "After leaving",
  "tailoring.category.money.title": "Money",
  "tailoring.category.children.title": "Children",
  "tailoring.category.pets.title": "Pets",
  "tailoring.category.immigration.title": "Visas and immigration",
  "tailoring.category.health-care.title": "Health, disability and care",
  "tailoring.category.technology.title": "Phones, computers and being followed",
  "tailoring.category.honour.title": "Family, honour and marriage",
  "tailoring.category.support.title": "People and services on your side",
  "tailoring.category.legal.title": "The law",
  "tailoring.category.wellbeing.title": "Looking after yourself",
  "tailoring.category.getting-help.title": "When help is far away",

  // The strategies. what: the thing to do; why: why it helps; how: short steps.
  "tailoring.strategy.phone-999.title": "Phone 999 if you are in danger",
  "tailoring.strategy.phone-999.what":
    "If you or anyone else is in danger right now, phone 999 and ask for the police.",
  "tailoring.strategy.phone-999.why": "The police can come quickly. You do not need to be sure it is serious enough.",
  "tailoring.strategy.phone-999.how": [
    "Say where you are first, then what is happening.",
    "If you can, stay on the line until help comes.",
  ],
  "tailoring.strategy.phone-999.printLabel": "Important number",
  "tailoring.strategy.silent-call.title": "If you cannot speak on the phone",
  "tailoring.strategy.silent-call.what": "On a mobile, phone 999. If you cannot talk, press 55 when the operator asks.",
  "tailoring.strategy.silent-call.why":
    "Pressing 55 tells the operator that this is a real emergency, and they put you through to the police.",
  "tailoring.strategy.silent-call.how": [
    "Dial 999 and listen.",
    "If you cannot speak, cough or tap the phone if you can, then press 55 when you are asked.",
    "From a landline, stay on the line even if you cannot speak.",
  ],
  "tailoring.strategy.silent-call.printLabel": "Phone tip",
  "tailoring.strategy.code-word.title": "Agree a code word",
  "tailoring.strategy.code-word.what":
    "Agree a word or a short message with someone you trust. When they get it, they phone 999 for you.",
  "tailoring.strategy.code-word.why":
    "You may not be able to make a call yourself, but a text that looks ordinary can get help.",
  "tailoring.strategy.code-word.how": [
    "Choose a word that would not look odd in a message.",
    "Agree exactly what the person will do when they get it.",
    'Write it in the "code word" part of your plan.',
  ],
  "tailoring.strategy.code-word.printLabel": "Word with a friend",
  "tailoring.strategy.ready-bag.title": "Keep a small bag ready",
  "tailoring.strategy.ready-bag.what":
    "Put the things you would need in a hurry in a bag. Keep it somewhere the person will not find it, or with someone you trust.",
  "tailoring.strategy.ready-bag.why": "If you have to go quickly, you will not have time to look for things.",
  "tailoring.strategy.ready-bag.how": [
    "Start with keys, money, bank cards, medicines and a phone charger.",
    "Add copies of your documents when you can.",
    "Use the list of things to take to keep track.",
  ],
  "tailoring.strategy.ready-bag.printLabel": "Spare bag",
  "tailoring.strategy.after-an-attack.title": "After you have been hurt",
  "tailoring.strategy.after-an-attack.what":
    "Get medical help, even if the injury seems small, and keep a record of what happened.",
  "tailoring.strategy.after-an-attack.why":
    "Some injuries are worse than they look. A record made at the time can help you later, whatever you decide.",
  "tailoring.strategy.after-an-attack.how": [
    "Go to your GP, a walk-in centre or A&E, or phone 999 if it is serious.",
    "Tell the doctor or nurse what happened. They can write it down.",
    "If it is safe, take photos of injuries and keep them somewhere the person cannot see.",
  ],
  "tailoring.strategy.after-an-attack.printLabel": "Doctor visit",
  "tailoring.strategy.talk-to-helpline.title": "Talk to a helpline",
  "tailoring.strategy.talk-to-helpline.what":
    "Phone your national helpline. It is free, and you do not have to give your name.",
  "tailoring.strategy.talk-to-helpline.why":
    "They talk to people in your position every day. They can help you think through your choices, and find a refuge or local support.",
  "tailoring.strategy.talk-to-helpline.how": [
    "Phone when the person is not around, from a phone they do not check.",
    "You can just talk. You do not have to decide anything.",
  ],
  "tailoring.strategy.talk-to-helpline.printLabel": "Phone call",

  "tailoring.strategy.warning-signs.title": "Notice the warning signs",
  "tailoring.strategy.warning-signs.what":
    "Think about what usually happens before things get worse. For example drinking, money worries or a visit from family.",
  "tailoring.strategy.warning-signs.why":
    "Noticing the signs early can give you time to go somewhere else for a while, or to get the children out of the way.",
  "tailoring.strategy.warning-signs.how": [
    "Write the signs you notice in your plan.",
    "Decide where you could go when you see them.",
  ],
  "tailoring.strategy.warning-signs.printLabel": "Things to notice",
  "tailoring.strategy.safer-rooms.title": "Know the safer places in your home",
  "tailoring.strategy.safer-rooms.what": "If an argument starts, try to move to a room with a way out and a phone.",
  "tailoring.strategy.safer-rooms.why":
    "Kitchens, bathrooms and garages have hard surfaces and things that can be used to hurt you, and small rooms can trap you.",
  "tailoring.strategy.safer-rooms.how": [
    "Pick a room with a door or window you can get out of.",
    "Stay away from the kitchen and the top of the stairs.",
  ],
  "tailoring.strategy.safer-rooms.printLabel": "Rooms",
  "tailoring.strategy.neighbour-signal.title": "Ask a neighbour to call for help",
  "tailoring.strategy.neighbour-signal.what":
    "If you trust a neighbour, ask them to phone 999 if they hear shouting or a fight.",
  "tailoring.strategy.neighbour-signal.why": "Help can come even when you cannot reach a phone.",
  "tailoring.strategy.neighbour-signal.how": [
    "Agree a sign, such as a light left on or a curtain closed.",
    "Ask them never to come in themselves, only to phone.",
  ],
  "tailoring.strategy.neighbour-signal.printLabel": "Neighbour",
  "tailoring.strategy.phone-charged.title": "Keep a phone charged and close",
  "tailoring.strategy.phone-charged.what":
    "Keep your phone charged and with you. An old mobile with no contract can still phone 999.",
  "tailoring.strategy.phone-charged.why": "A phone the person takes or breaks cannot help you. A spare one can.",
  "tailoring.strategy.phone-charged.how": [
    "Charge your phone whenever you can.",
    "Keep a spare phone, switched off and charged, somewhere safe.",
  ],
  "tailoring.strategy.phone-charged.printLabel": "Charger",
  "tailoring.strategy.ways-out.title": "Know your ways out",
  "tailoring.strategy.ways-out.what": "Think about every door, window and stairway you could use to get out quickly.",
  "tailoring.strategy.ways-out.why": "In a frightening moment, it is easier to act on a plan you already know.",
  "tailoring.strategy.ways-out.how": [
    "Walk through the ways out in your head, or for real when you are alone.",
    "Keep keys where you can reach them quickly.",
  ],
  "tailoring.strategy.ways-out.printLabel": "Doors and keys",
  "tailoring.strategy.home-security.title": "Make your home more secure",
  "tailoring.strategy.home-security.what":
    "Ask your council or a support service about help to make your home more secure, so you can stay there.",
  "tailoring.strategy.home-security.why":
    "Many areas run schemes that change locks and add alarms or stronger doors, often for free.",
  "tailoring.strategy.home-security.how": [
    "Ask the council's housing team, or your support worker, about a sanctuary scheme.",
    "Change the locks if the person has a key, and check windows and back doors.",
  ],
  "tailoring.strategy.home-security.printLabel": "Locks",

  "tailoring.strategy.leave-at-safer-time.title": "Choose a safer time to go",
  "tailoring.strategy.leave-at-safer-time.what":
    "If you decide to leave, plan to go when the person is out, and tell a support worker first if you can.",
  "tailoring.strategy.leave-at-safer-time.why":
    "The risk often rises when someone leaves, and just after. Planning ahead lowers it.",
  "tailoring.strategy.leave-at-safer-time.how": [
    "Do not tell the person you are going.",
    "Know where you will go and how you will get there.",
    "Take the children with you if you can.",
  ],
  "tailoring.strategy.leave-at-safer-time.printLabel": "Timing",
  "tailoring.strategy.copy-documents.title": "Copy your important papers",
  "tailoring.strategy.copy-documents.what":
    "Make copies or photos of passports, birth certificates, visas, your tenancy and bank details. Keep them away from home.",
  "tailoring.strategy.copy-documents.why":
    "With copies you can still prove who you are, claim money and apply for a home if the originals are kept from you.",
  "tailoring.strategy.copy-documents.how": [
    "Leave copies with someone you trust, or in an email account only you can open.",
    "Tick them off in your list of things to take.",
  ],
  "tailoring.strategy.copy-documents.printLabel": "Paperwork",
  "tailoring.strategy.ask-about-refuge.title": "Ask about a refuge",
  "tailoring.strategy.ask-about-refuge.what":
    "A refuge is a safe house with staff who can help. Its address is kept secret. Your helpline can look for a space.",
  "tailoring.strategy.ask-about-refuge.why":
    "You do not need money or a home of your own to go to a refuge, and you can bring your children.",
  "tailoring.strategy.ask-about-refuge.how": [
    "Phone your helpline and ask about refuge spaces.",
    "Ask what you can bring, including pets.",
  ],
  "tailoring.strategy.ask-about-refuge.printLabel": "Place to stay",
  "tailoring.strategy.take-children.title": "Take the children with you",
  "tailoring.strategy.take-children.what": "If you leave, take the children with you if you possibly can.",
  "tailoring.strategy.take-children.why":
    "Going back for them later can be unsafe, and can make it harder to keep them with you.",
  "tailoring.strategy.take-children.how": [
    "Plan to go at a time when the children are with you, or collect them from school or nursery.",
    "Pack a few of their favourite things, and their medicines.",
  ],
  "tailoring.strategy.take-children.printLabel": "Children",
  "tailoring.strategy.plan-the-journey.title": "Plan how you will travel",
  "tailoring.strategy.plan-the-journey.what":
    "Know how you would get away: a lift, a taxi, a bus or a train, and how you would pay for it.",
  "tailoring.strategy.plan-the-journey.why":
    "Not having a way to travel is one of the things that stops people getting somewhere safer.",
  "tailoring.strategy.plan-the-journey.how": [
    "Keep a taxi number and some cash ready.",
    "Ask a helpline or support worker: some can help pay for travel.",
  ],
  "tailoring.strategy.plan-the-journey.printLabel": "Travel",
  "tailoring.strategy.collect-belongings.title": "Collect your things safely",
  "tailoring.strategy.collect-belongings.what":
    "If you need to go back for your things, do not go alone. You can ask the police to be there.",
  "tailoring.strategy.collect-belongings.why": "Going back is a time when people are often hurt.",
  "tailoring.strategy.collect-belongings.how": [
    "Ask the police or your support worker to arrange a time with you.",
    "Make a list first, so that you are not there long.",
  ],
  "tailoring.strategy.collect-belongings.printLabel": "Collecting things",
  "tailoring.strategy.housing-options.title": "Know your housing options",
  "tailoring.strategy.housing-options.what":
    "If you have to leave your home because of abuse, the council may have to help you find somewhere to live.",
  "tailoring.strategy.housing-options.why":
    "Knowing your options can make a decision about your home less frightening.",
  "tailoring.strategy.housing-options.how": [
    "Contact the council's housing team and say that you are at risk of abuse.",
    "Ask a support worker or Citizens Advice about your tenancy before you give it up.",
  ],
  "tailoring.strategy.housing-options.printLabel": "Housing",

  "tailoring.strategy.change-routines.title": "Change your routines",
  "tailoring.strategy.change-routines.what": "Change the times and routes you use for work, school runs and shopping.",
  "tailoring.strategy.change-routines.why": "A person who wants to find you will look where you usually go.",
  "tailoring.strategy.change-routines.how": [
    "Use different shops, and travel at different times.",
    "Stay where there are other people when you can.",
  ],
  "tailoring.strategy.change-routines.printLabel": "Routines",
  "tailoring.strategy.tell-work-and-school.title": "Tell your work and the children's school",
  "tailoring.strategy.tell-work-and-school.what":
    "Tell someone you trust at work, and the children's school or nursery, who may collect the children and who must not.",
  "tailoring.strategy.tell-work-and-school.why":
    "They can screen calls, keep your details private and act if the person turns up.",
  "tailoring.strategy.tell-work-and-school.how": [
    "Give them a photo of the person if you can.",
    "Give them copies of any court orders.",
  ],
  "tailoring.strategy.tell-work-and-school.printLabel": "Work and school",
  "tailoring.strategy.keep-a-record.title": "Keep a record of what happens",
  "tailoring.strategy.keep-a-record.what":
    "Write down each thing that happens: the date, the time, what was said or done, and who saw it.",
  "tailoring.strategy.keep-a-record.why":
    "A record helps the police, a court or a support worker understand what is going on.",
  "tailoring.strategy.keep-a-record.how": [
    "Keep screenshots of messages and calls.",
    "Keep the record somewhere the person cannot see it, or with someone you trust.",
  ],
  "tailoring.strategy.keep-a-record.printLabel": "Diary",
  "tailoring.strategy.keep-address-private.title": "Keep your new address private",
  "tailoring.strategy.keep-address-private.what":
    "Ask your GP, the children's school, your bank and others to keep your address private.",
  "tailoring.strategy.keep-address-private.why":
    "Addresses are often found through letters, shared accounts and public records.",
  "tailoring.strategy.keep-address-private.how": [
    "Ask the council how to register to vote without your address being shown.",
    "Check your address is not on shared accounts, deliveries or social media.",
  ],
  "tailoring.strategy.keep-address-private.printLabel": "Address",
  "tailoring.strategy.people-who-understand.title": "Find people who understand",
  "tailoring.strategy.people-who-understand.what":
    "Ask a local support service about groups and courses for people who have been through the same.",
  "tailoring.strategy.people-who-understand.why":
    "Talking to people who understand can help with the feelings that often come after leaving.",
  "tailoring.strategy.people-who-understand.how": ["Ask your support worker or helpline what is near you."],
  "tailoring.strategy.people-who-understand.printLabel": "Group",
  "tailoring.strategy.risk-after-leaving.title": "Stay careful after you leave",
  "tailoring.strategy.risk-after-leaving.what":
    "The risk can rise when someone leaves and in the months after. Keep your plan going after you have left.",
  "tailoring.strategy.risk-after-leaving.why": "Some people try to regain control when they feel they have lost it.",
  "tailoring.strategy.risk-after-leaving.how": [
    'Look again at the "After leaving" part of your plan.',
    "Tell a support worker if things get worse.",
  ],
  "tailoring.strategy.risk-after-leaving.printLabel": "Later",

  "tailoring.strategy.own-account.title": "Open an account of your own",
  "tailoring.strategy.own-account.what": "Open a bank account in your name only, at a different bank if you can.",
  "tailoring.strategy.own-account.why": "Money of your own gives you more choices.",
  "tailoring.strategy.own-account.how": [
    "Choose paperless statements sent to an email only you can open.",
    "Ask the bank not to post anything to your home.",
  ],
  "tailoring.strategy.own-account.printLabel": "Bank",
  "tailoring.strategy.put-money-aside.title": "Put a little money aside",
  "tailoring.strategy.put-money-aside.what":
    "Save small amounts in cash, for fares, phone calls, food or a night somewhere else.",
  "tailoring.strategy.put-money-aside.why": "A little money can make a big difference when you have to go in a hurry.",
  "tailoring.strategy.put-money-aside.how": ["Keep it with someone you trust, or somewhere the person never looks."],
  "tailoring.strategy.put-money-aside.printLabel": "Savings",
  "tailoring.strategy.joint-debts.title": "Protect yourself from joint debts",
  "tailoring.strategy.joint-debts.what":
    "Ask your bank about your joint accounts and loans, and check your credit report.",
  "tailoring.strategy.joint-debts.why": "The person may be able to run up debts in your name or empty a joint account.",
  "tailoring.strategy.joint-debts.how": [
    "Ask whether a joint account can need both of you to agree to payments.",
    "Check your credit report for debts you did not know about.",
  ],
  "tailoring.strategy.joint-debts.printLabel": "Accounts",
  "tailoring.strategy.benefits-check.title": "Check what money you can get",
  "tailoring.strategy.benefits-check.what":
    "Find out which benefits and help with rent you could get in your own name.",
  "tailoring.strategy.benefits-check.why":
    "Many people do not know what they are entitled to. If you get Universal Credit, you can ask for it to be split and paid into your own account.",
  "tailoring.strategy.benefits-check.how": [
    "Use a benefits calculator, or ask Citizens Advice or your support worker.",
  ],
  "tailoring.strategy.benefits-check.printLabel": "Money check",
  "tailoring.strategy.economic-abuse-is-abuse.title": "Controlling money is abuse",
  "tailoring.strategy.economic-abuse-is-abuse.what":
    "Stopping you having money, taking your wages or making you take on debt is a kind of abuse.",
  "tailoring.strategy.economic-abuse-is-abuse.why":
    "Many people do not see it as abuse at first. Naming it can help you get the right help.",
  "tailoring.strategy.economic-abuse-is-abuse.how": [
    "Tell a helpline or support worker what happens with money. There are specialist services for this.",
  ],
  "tailoring.strategy.economic-abuse-is-abuse.printLabel": "Money notes",
  "tailoring.strategy.tell-the-bank.title": "Tell your bank",
  "tailoring.strategy.tell-the-bank.what":
    "Many banks have a team for customers whose money is controlled by someone else.",
  "tailoring.strategy.tell-the-bank.why": "They can help you get safe access to your money and protect your accounts.",
  "tailoring.strategy.tell-the-bank.how": [
    "Ask the bank, in branch or on a safe phone, for their vulnerable customers team.",
  ],
  "tailoring.strategy.tell-the-bank.printLabel": "Bank call",

  "tailoring.strategy.children-safe-place.title": "Help the children know where to go",
  "tailoring.strategy.children-safe-place.what":
    "Agree with the children a safe place to go if there is shouting or fighting: a room, or a neighbour's home.",
  "tailoring.strategy.children-safe-place.why":
    "Children often try to step in. It is not their job, and they can be hurt.",
  "tailoring.strategy.children-safe-place.how": [
    "Tell them it is not their fault and they must not try to stop it.",
    "Make the child's plan with them on this site, and practise it.",
  ],
  "tailoring.strategy.children-safe-place.printLabel": "Children's corner",
  "tailoring.strategy.children-phone-999.title": "Teach the children to phone 999",
  "tailoring.strategy.children-phone-999.what":
    "Teach the children how to phone 999, and what to say: their name, their address and what is happening.",
  "tailoring.strategy.children-phone-999.why": "A child who knows what to do is less frightened, and can get help.",
  "tailoring.strategy.children-phone-999.how": [
    "Practise with a pretend phone, never a real one.",
    "The child's plan on this site has a practice call.",
  ],
  "tailoring.strategy.children-phone-999.printLabel": "Phone practice",
  "tailoring.strategy.tell-nursery-or-school.title": "Tell the nursery or school",
  "tailoring.strategy.tell-nursery-or-school.what":
    "Tell the school's safeguarding lead what is happening, and who may collect the children.",
  "tailoring.strategy.tell-nursery-or-school.why": "Schools can support the children and watch for worries.",
  "tailoring.strategy.tell-nursery-or-school.how": [
    "Ask to speak to the designated safeguarding lead.",
    "Give them copies of any court orders about the children.",
  ],
  "tailoring.strategy.tell-nursery-or-school.printLabel": "School",
  "tailoring.strategy.safer-handovers.title": "Make handovers safer",
  "tailoring.strategy.safer-handovers.what":
    "If the other parent sees the children, hand them over in a public place or at a contact centre. Or ask someone else to do it.",
  "tailoring.strategy.safer-handovers.why": "Handovers can be a time of risk, for you and the children.",
  "tailoring.strategy.safer-handovers.how": [
    "Agree times and places in writing, and keep a record of what happens.",
    "Tell your support worker or solicitor about any worries.",
  ],
  "tailoring.strategy.safer-handovers.printLabel": "Pick-ups",
  "tailoring.strategy.baby-things-ready.title": "Keep the baby's things ready",
  "tailoring.strategy.baby-things-ready.what":
    "Keep milk, nappies, medicines and the baby's health record book together, ready to go.",
  "tailoring.strategy.baby-things-ready.why": "With a baby, there is a lot to take and little time.",
  "tailoring.strategy.baby-things-ready.how": ["Add them to your list of things to take."],
  "tailoring.strategy.baby-things-ready.printLabel": "Baby things",
  "tailoring.strategy.children-can-talk.title": "Let the children talk",
  "tailoring.strategy.children-can-talk.what":
    "Let the children know they can talk to you, to a teacher, or to Childline, and that none of it is their fault.",
  "tailoring.strategy.children-can-talk.why": "Children often keep worries to themselves. Talking helps them cope.",
  "tailoring.strategy.children-can-talk.how": ["Childline is free, and the call does not show on the phone bill."],
  "tailoring.strategy.children-can-talk.printLabel": "Talking",
  "tailoring.strategy.plan-with-teenager.title": "Make a plan with your teenager",
  "tailoring.strategy.plan-with-teenager.what":
    "Sit down with your teenager and make their own plan, using the young person's plan on this site.",
  "tailoring.strategy.plan-with-teenager.why": "Teenagers cope better when they have a say, and know what to do.",
  "tailoring.strategy.plan-with-teenager.how": ["Let them choose who they would go to and call."],
  "tailoring.strategy.plan-with-teenager.printLabel": "Teen notes",
  "tailoring.strategy.worried-about-a-child.title": "If you are worried about a child",
  "tailoring.strategy.worried-about-a-child.what":
    "If you are worried about a child's safety, you can talk to the NSPCC helpline for advice.",
  "tailoring.strategy.worried-about-a-child.why": "They can help you think through what to do, and who to tell.",
  "tailoring.strategy.worried-about-a-child.how": ["Phone when the person is not around."],
  "tailoring.strategy.worried-about-a-child.printLabel": "Advice line",

  "tailoring.strategy.pet-fostering.title": "Ask about foster care for your pet",
  "tailoring.strategy.pet-fostering.what":
    "Some charities look after pets, for free and in confidence, while their owners move somewhere safe.",
  "tailoring.strategy.pet-fostering.why":
    "Many people delay leaving because they cannot take their pet. You may not have to choose.",
  "tailoring.strategy.pet-fostering.how": [
    "For a dog, ask your support worker about the Dogs Trust Freedom Project.",
    "For other pets, ask your helpline or support worker what is near you.",
  ],
  "tailoring.strategy.pet-fostering.printLabel": "Pet care",
  "tailoring.strategy.pet-papers.title": "Keep your pet's papers",
  "tailoring.strategy.pet-papers.what":
    "Keep proof that your pet is yours: vet records, and the microchip registered in your name.",
  "tailoring.strategy.pet-papers.why": "It helps if the person tries to keep the pet, or to use it against you.",
  "tailoring.strategy.pet-papers.how": ["Ask your vet to update the microchip details, and not to share your address."],
  "tailoring.strategy.pet-papers.printLabel": "Vet papers",
  "tailoring.strategy.pets-and-refuges.title": "Ask early about pets",
  "tailoring.strategy.pets-and-refuges.what": "Few refuges can take pets, so ask early what is possible.",
  "tailoring.strategy.pets-and-refuges.why": "Knowing in advance gives you time to arrange care.",
  "tailoring.strategy.pets-and-refuges.how": ["Ask your helpline when you talk about places to stay."],
  "tailoring.strategy.pets-and-refuges.printLabel": "Pet questions",
  "tailoring.strategy.pet-in-ready-bag.title": "Pack for your pet",
  "tailoring.strategy.pet-in-ready-bag.what": "Put a lead, food and any medicine for your pet with your ready bag.",
  "tailoring.strategy.pet-in-ready-bag.why": "If you take your pet with you, you will need their things too.",
  "tailoring.strategy.pet-in-ready-bag.how": ["Add them to your list of things to take."],
  "tailoring.strategy.pet-in-ready-bag.printLabel": "Pet things",

  "tailoring.strategy.abuse-concession.title": "Ask about the domestic abuse concession",
  "tailoring.strategy.abuse-concession.what":
    "You may be in the UK on a partner visa, and the relationship ended because of abuse. If so, you may get permission to stay for three months. In that time you can get benefits and help with housing.",
  "tailoring.strategy.abuse-concession.why":
    "It is called the Migrant Victims of Domestic Abuse Concession. It gives you time to sort out your immigration status without losing a roof and money.",
  "tailoring.strategy.abuse-concession.how": [
    "Talk to a regulated immigration adviser before you apply: it changes your visa.",
    "A support worker can help you find one, often for free.",
  ],
  "tailoring.strategy.abuse-concession.printLabel": "Visa question",
  "tailoring.strategy.right-to-stay.title": "You may be able to stay",
  "tailoring.strategy.right-to-stay.what":
    "You may be the partner of a British citizen, or of someone settled here. If the relationship ended because of abuse, you may be able to apply to stay for good.",
  "tailoring.strategy.right-to-stay.why":
    "Many people are told they will be sent away if they leave. That is not always true.",
  "tailoring.strategy.right-to-stay.how": ["Get advice from a regulated immigration adviser about your own case."],
  "tailoring.strategy.right-to-stay.printLabel": "Visa notes",
  "tailoring.strategy.regulated-advice.title": "Get advice from a regulated immigration adviser",
  "tailoring.strategy.regulated-advice.what":
    "Only take advice about your visa from someone who is allowed to give it. That means a regulated immigration adviser, a solicitor or a specialist support service.",
  "tailoring.strategy.regulated-advice.why":
    "Wrong advice can cost you your right to stay. Legal aid may pay for advice if you have been abused.",
  "tailoring.strategy.regulated-advice.how": [
    "Ask your helpline or support worker to help you find a regulated adviser.",
  ],
  "tailoring.strategy.regulated-advice.printLabel": "Adviser",
  "tailoring.strategy.visa-copies.title": "Keep copies of your passport and visa",
  "tailoring.strategy.visa-copies.what":
    "Keep copies of your passport, visa and any Home Office letters somewhere the person cannot reach.",
  "tailoring.strategy.visa-copies.why": "People who control someone often take their passport.",
  "tailoring.strategy.visa-copies.how": [
    "Write down your passport number and your visa's reference number.",
    "Keep photos in an email account only you can open.",
  ],
  "tailoring.strategy.visa-copies.printLabel": "Passport copy",
  "tailoring.strategy.ask-for-interpreter.title": "Ask for an interpreter",
  "tailoring.strategy.ask-for-interpreter.what":
    "You can ask for an interpreter. You can ask at the doctor's, at the hospital, with the police and with many support services.",
  "tailoring.strategy.ask-for-interpreter.why": "You should be able to say everything in the language you know best.",
  "tailoring.strategy.ask-for-interpreter.how": [
    "You can ask for an interpreter who does not know your family or community, or for one on the phone.",
    "Never let the person, or their family, interpret for you.",
  ],
  "tailoring.strategy.ask-for-interpreter.printLabel": "Language help",
  "tailoring.strategy.help-without-public-funds.title": "Help when you have no recourse to public funds",
  "tailoring.strategy.help-without-public-funds.what":
    "Even with no recourse to public funds, there may be help. Some refuges take people without benefits. Social services may have to help families with children.",
  "tailoring.strategy.help-without-public-funds.why":
    "Many people think there is no help at all for them. There often is.",
  "tailoring.strategy.help-without-public-funds.how": [
    "Tell your helpline or support worker about your visa, so they look for the right help.",
  ],
  "tailoring.strategy.help-without-public-funds.printLabel": "Help to ask about",

  "tailoring.strategy.medicines-ready.title": "Keep medicines to hand",
  "tailoring.strategy.medicines-ready.what":
    "Keep a few days of your medicines and a list of what you take somewhere you can get them quickly.",
  "tailoring.strategy.medicines-ready.why":
    "Missing medicines can make you ill, and some people hide or withhold them.",
  "tailoring.strategy.medicines-ready.how": [
    "Ask your GP or pharmacy about repeat prescriptions in your name.",
    "Add them to your list of things to take.",
  ],
  "tailoring.strategy.medicines-ready.printLabel": "Medicines",
  "tailoring.strategy.carer-who-hurts.title": "If your carer hurts you",
  "tailoring.strategy.carer-who-hurts.what":
    "If a carer hurts, frightens or controls you, that is abuse. You can ask for help and for a different carer.",
  "tailoring.strategy.carer-who-hurts.why": "Adult social care has a duty to look into it and help keep you safer.",
  "tailoring.strategy.carer-who-hurts.how": [
    "Tell your GP, a nurse, a social worker or your helpline.",
    "Ask the council's adult social care team for a safeguarding check.",
  ],
  "tailoring.strategy.carer-who-hurts.printLabel": "Care",
  "tailoring.strategy.way-out-that-works.title": "Plan a way out that works for you",
  "tailoring.strategy.way-out-that-works.what":
    "Think about what you need to get out quickly. It might be a mobility aid, hearing or sight aids, medicines, or someone to help.",
  "tailoring.strategy.way-out-that-works.why": "A plan that fits your body and your needs is one you can really use.",
  "tailoring.strategy.way-out-that-works.how": [
    "Keep aids where you can reach them, not where the person can take them.",
    "When you phone 999, tell them about your needs.",
  ],
  "tailoring.strategy.way-out-that-works.printLabel": "Getting about",
  "tailoring.strategy.tell-gp-or-health-visitor.title": "Tell your GP or health visitor",
  "tailoring.strategy.tell-gp-or-health-visitor.what":
    "Your GP or health visitor can talk in private, write down injuries and put you in touch with support.",
  "tailoring.strategy.tell-gp-or-health-visitor.why":
    "Health workers see many people in your position, and know who can help.",
  "tailoring.strategy.tell-gp-or-health-visitor.how": ["Ask to see them alone."],
  "tailoring.strategy.tell-gp-or-health-visitor.printLabel": "Appointment",
  "tailoring.strategy.tell-midwife.title": "Tell your midwife",
  "tailoring.strategy.tell-midwife.what":
    "Midwives ask everyone about abuse, and try to see you on your own at least once.",
  "tailoring.strategy.tell-midwife.why":
    "Abuse often starts or gets worse in pregnancy. Your midwife can help you and the baby.",
  "tailoring.strategy.tell-midwife.how": ["If the person always comes with you, say you need a test on your own."],
  "tailoring.strategy.tell-midwife.printLabel": "Midwife",
  "tailoring.strategy.someone-you-care-for.title": "Plan for the person you look after",
  "tailoring.strategy.someone-you-care-for.what": "Think about who could look after them if you had to go quickly.",
  "tailoring.strategy.someone-you-care-for.why": "Worry about them should not keep you in danger.",
  "tailoring.strategy.someone-you-care-for.how": [
    "Ask the council's adult social care team who could look after them at short notice.",
  ],
  "tailoring.strategy.someone-you-care-for.printLabel": "Cover",

  "tailoring.strategy.check-location-sharing.title": "Check who can see where you are",
  "tailoring.strategy.check-location-sharing.what":
    "Look at location sharing on your phone, in map apps and in family apps.",
  "tailoring.strategy.check-location-sharing.why":
    "Location sharing is one of the most common ways people are tracked.",
  "tailoring.strategy.check-location-sharing.how": [
    "Turning sharing off can tell the person. Think first about whether that is safe.",
    "A support worker can help you check your phone.",
  ],
  "tailoring.strategy.check-location-sharing.printLabel": "Phone settings",
  "tailoring.strategy.passwords-from-safe-device.title": "Change passwords from a safe device",
  "tailoring.strategy.passwords-from-safe-device.what":
    "Change the passwords for your email, bank and other accounts, from a device the person has never used.",
  "tailoring.strategy.passwords-from-safe-device.why":
    "If they know your passwords, they can read your messages and see your plans.",
  "tailoring.strategy.passwords-from-safe-device.how": [
    "Turn on two-step checks, with codes sent to a phone only you have.",
    "Changes can alert the person. Think about timing.",
  ],
  "tailoring.strategy.passwords-from-safe-device.printLabel": "Passwords",
  "tailoring.strategy.private-window.title": "Use a private window or another device",
  "tailoring.strategy.private-window.what": "Look for help in a private window, or on a device the person never uses.",
  "tailoring.strategy.private-window.why":
    "A private window does not keep history. Clearing all your history can look odd: removing single pages is less noticeable.",
  "tailoring.strategy.private-window.how": ['Read "Staying safe online" on this site for the steps.'],
  "tailoring.strategy.private-window.printLabel": "Browsing",
  "tailoring.strategy.stalking-diary.title": "Keep a stalking diary",
  "tailoring.strategy.stalking-diary.what":
    "Write down every time the person follows you, turns up or contacts you, with the date and time.",
  "tailoring.strategy.stalking-diary.why":
    "Stalking is a crime. A diary shows the pattern, which helps the police act.",
  "tailoring.strategy.stalking-diary.how": [
    "Keep messages, voicemails and photos of anything left for you.",
    "Report it to the police. Phone 999 if you are in danger.",
  ],
  "tailoring.strategy.stalking-diary.printLabel": "Diary",
  "tailoring.strategy.look-for-trackers.title": "Look for trackers",
  "tailoring.strategy.look-for-trackers.what": "Small trackers can be hidden in a car, a bag, a coat or a child's toy.",
  "tailoring.strategy.look-for-trackers.why": "If the person always knows where you are, a tracker may be the reason.",
  "tailoring.strategy.look-for-trackers.how": [
    "Many phones can warn you about an unknown tracker near you: check the settings.",
    "If you find one, think before you remove it, and tell a support worker or the police.",
  ],
  "tailoring.strategy.look-for-trackers.printLabel": "Car and bags",
  "tailoring.strategy.children-devices.title": "Check the children's devices",
  "tailoring.strategy.children-devices.what":
    "Phones, tablets and games the person gave or set up may share where the children are.",
  "tailoring.strategy.children-devices.why": "Children's devices are often used to find a parent who has left.",
  "tailoring.strategy.children-devices.how": [
    "Check family sharing, and the settings that show where they are.",
    "A support worker can help you check them.",
  ],
  "tailoring.strategy.children-devices.printLabel": "Tablets",

  "tailoring.strategy.honour-specialist.title": "Talk to a specialist service",
  "tailoring.strategy.honour-specialist.what":
    'Karma Nirvana helps people facing "honour"-based abuse and forced marriage.',
  "tailoring.strategy.honour-specialist.why":
    "They understand pressure from family and community, and will not judge you.",
  "tailoring.strategy.honour-specialist.how": ["Phone when you are alone, from a phone your family does not check."],
  "tailoring.strategy.honour-specialist.printLabel": "Phone call",
  "tailoring.strategy.forced-marriage-help.title": "Forcing someone to marry is a crime",
  "tailoring.strategy.forced-marriage-help.what":
    "In the UK, forcing someone to marry is a crime. The government's Forced Marriage Unit can help, in the UK and abroad.",
  "tailoring.strategy.forced-marriage-help.why":
    "A court can also make an order to stop a marriage or to bring someone home.",
  "tailoring.strategy.forced-marriage-help.how": ["Tell a teacher, a doctor, a support worker or the police."],
  "tailoring.strategy.forced-marriage-help.printLabel": "Wedding notes",
  "tailoring.strategy.travel-abroad.title": "Be careful about travel abroad",
  "tailoring.strategy.travel-abroad.what":
    "If you fear being taken abroad to marry, tell someone before any trip, and keep copies of your passport.",
  "tailoring.strategy.travel-abroad.why": "It is much harder to get help once you are abroad.",
  "tailoring.strategy.travel-abroad.how": [
    "Give a trusted person your passport number and the address where you will stay.",
    "Agree when you will be in touch, and what they do if you are not.",
  ],
  "tailoring.strategy.travel-abroad.printLabel": "Travel details",
  "tailoring.strategy.trusted-outside-family.title": "Choose someone outside the family",
  "tailoring.strategy.trusted-outside-family.what":
    "Pick one person you can trust outside your family and community. For example a teacher, a doctor or a friend.",
  "tailoring.strategy.trusted-outside-family.why": "When the family is involved, help from inside it may not be safe.",
  "tailoring.strategy.trusted-outside-family.how": ["Agree how you will contact them, and a code word."],
  "tailoring.strategy.trusted-outside-family.printLabel": "Friend",

  "tailoring.strategy.tell-someone-you-trust.title": "Tell one person you trust",
  "tailoring.strategy.tell-someone-you-trust.what":
    "Tell one friend, relative or colleague what is happening, and what you would like them to do.",
  "tailoring.strategy.tell-someone-you-trust.why":
    "You do not have to manage this alone, and someone who knows can act if you cannot.",
  "tailoring.strategy.tell-someone-you-trust.how": [
    "Choose someone who will not tell the person.",
    "Put them in your plan's list of people.",
  ],
  "tailoring.strategy.tell-someone-you-trust.printLabel": "Friend",
  "tailoring.strategy.ask-about-idva.title": "Ask about an adviser of your own",
  "tailoring.strategy.ask-about-idva.what":
    "An independent domestic violence adviser (IDVA) works with people at high risk. They are on your side, not the police's or the council's.",
  "tailoring.strategy.ask-about-idva.why":
    "They can help with safety, housing, courts and money, and speak for you at a MARAC meeting.",
  "tailoring.strategy.ask-about-idva.how": ["Ask your helpline, GP or local support service how to reach one."],
  "tailoring.strategy.ask-about-idva.printLabel": "Adviser",
  "tailoring.strategy.lgbt-service.title": "Talk to a service for LGBT+ people",
  "tailoring.strategy.lgbt-service.what":
    "Galop runs a helpline for LGBT+ people who are being abused, including by family.",
  "tailoring.strategy.lgbt-service.why":
    "They understand threats such as being outed, and the barriers LGBT+ people face.",
  "tailoring.strategy.lgbt-service.how": ["Phone when you are alone."],
  "tailoring.strategy.lgbt-service.printLabel": "Phone call",
  "tailoring.strategy.service-for-men.title": "Talk to a service for men",
  "tailoring.strategy.service-for-men.what":
    "The Men's Advice Line helps men experiencing abuse from a partner or family.",
  "tailoring.strategy.service-for-men.why":
    "Men are often not believed, or feel ashamed to ask. The service understands.",
  "tailoring.strategy.service-for-men.how": ["Phone when you are alone."],
  "tailoring.strategy.service-for-men.printLabel": "Phone call",
  "tailoring.strategy.older-people.title": "Older people can get help too",
  "tailoring.strategy.older-people.what":
    "Abuse by a partner, a grown-up child or a carer is abuse at any age. Your GP and adult social care can help.",
  "tailoring.strategy.older-people.why":
    "Older people are often overlooked, and may depend on the person who hurts them.",
  "tailoring.strategy.older-people.how": ["Tell your GP, a nurse or your helpline what is happening."],
  "tailoring.strategy.older-people.printLabel": "Appointment",
  "tailoring.strategy.family-abuse-counts.title": "Abuse by family counts too",
  "tailoring.strategy.family-abuse-counts.what":
    "The law says abuse by a family member aged 16 or over is domestic abuse. It is not only abuse by a partner.",
  "tailoring.strategy.family-abuse-counts.why": "The same help, orders and services are there for you.",
  "tailoring.strategy.family-abuse-counts.how": [
    "Tell your helpline who is hurting you. They will not judge you or your family.",
  ],
  "tailoring.strategy.family-abuse-counts.printLabel": "Family notes",

  "tailoring.strategy.right-to-ask.title": "Ask the police about a partner's past",
  "tailoring.strategy.right-to-ask.what":
    "Under Clare's Law you can ask the police whether a partner has a record of abuse.",
  "tailoring.strategy.right-to-ask.why": "Knowing can help you decide what to do.",
  "tailoring.strategy.right-to-ask.how": [
    "Ask in person at a police station, or by phone on the non-emergency number. In many areas you can also ask online.",
  ],
  "tailoring.strategy.right-to-ask.printLabel": "Question to ask",
  "tailoring.strategy.protective-orders.title": "Ask about an order that keeps them away",
  "tailoring.strategy.protective-orders.what":
    "A court can order the person not to contact you, or to stay away from your home.",
  "tailoring.strategy.protective-orders.why":
    "Breaking some of these orders is a crime, so the police can act quickly.",
  "tailoring.strategy.protective-orders.how": [
    "Ask a support worker or a solicitor about a non-molestation order or an occupation order.",
    "In an emergency, an order can be made without the person being told first.",
  ],
  "tailoring.strategy.protective-orders.printLabel": "Paperwork",
  "tailoring.strategy.legal-aid.title": "Check if you can get legal aid",
  "tailoring.strategy.legal-aid.what":
    "If you have been abused, you may get legal aid to pay a solicitor. This is for family cases, such as where the children live and who they see.",
  "tailoring.strategy.legal-aid.why":
    "You will usually need some proof, such as a letter from a doctor or a support service.",
  "tailoring.strategy.legal-aid.how": ["Ask a family solicitor who does legal aid work, or your support worker."],
  "tailoring.strategy.legal-aid.printLabel": "Help with costs",

  "tailoring.strategy.not-your-fault.title": "Remember: it is not your fault",
  "tailoring.strategy.not-your-fault.what":
    "Nothing you do or say makes it your fault. The person who hurts you chooses to.",
  "tailoring.strategy.not-your-fault.why": "People who hurt others often blame the person they hurt. It is not true.",
  "tailoring.strategy.not-your-fault.how": ["Write down something kind you would say to a friend in your place."],
  "tailoring.strategy.not-your-fault.printLabel": "Reminder",
  "tailoring.strategy.mixed-feelings.title": "Mixed feelings are normal",
  "tailoring.strategy.mixed-feelings.what": "You can love someone and still want the hurting to stop.",
  "tailoring.strategy.mixed-feelings.why": "Feeling torn is one of the hardest parts. Talking it through can help.",
  "tailoring.strategy.mixed-feelings.how": ["Talk to your helpline. They will not tell you what to do."],
  "tailoring.strategy.mixed-feelings.printLabel": "Thoughts",
  "tailoring.strategy.look-after-yourself.title": "Look after yourself",
  "tailoring.strategy.look-after-yourself.what":
    "Sleep, food, fresh air and people who care about you all help you cope.",
  "tailoring.strategy.look-after-yourself.why": "Abuse wears people down. Small things can help you feel stronger.",
  "tailoring.strategy.look-after-yourself.how": ["Talk to your GP if you feel low, anxious or cannot sleep."],
  "tailoring.strategy.look-after-yourself.printLabel": "Me time",

  "tailoring.strategy.signal-and-power.title": "Keep a way to call for help",
  "tailoring.strategy.signal-and-power.what": "Know where your phone has a signal, and keep a charged power bank.",
  "tailoring.strategy.signal-and-power.why":
    "Far from other people, help may take longer to arrive, so you need to be able to call early.",
  "tailoring.strategy.signal-and-power.how": ["Note the nearest place with people, such as a shop or a neighbour."],
  "tailoring.strategy.signal-and-power.printLabel": "Power bank",
  "tailoring.strategy.lift-arranged.title": "Arrange a lift in advance",
  "tailoring.strategy.lift-arranged.what":
    "Ask someone you trust with a car whether they would drive you if you needed to go.",
  "tailoring.strategy.lift-arranged.why": "Without a car, getting somewhere safer can take too long.",
  "tailoring.strategy.lift-arranged.how": ["Keep their number, and a taxi number, in your plan."],
  "tailoring.strategy.lift-arranged.printLabel": "Lift",

  // Signs of danger: each is a plain statement the person may recognise, then what it means.
  "tailoring.sign.strangled.label": "They have put their hands round my neck, strangled or choked me, or tried to",
  "tailoring.sign.strangled.flag":
    "Being strangled or choked is very dangerous, even if it left no mark. It can cause harm you cannot see, and it is a warning that they could kill.",
  "tailoring.sign.threats-to-kill.label": "They have threatened to kill me, someone else or themselves",
  "tailoring.sign.threats-to-kill.flag":
    "Take threats to kill seriously, even if they were said in anger or as a joke.",
  "tailoring.sign.separation.label": "We have split up, or I am planning to",
  "tailoring.sign.separation.flag":
    "The time around leaving, and just after, is when many people are most at risk. Plan it with help.",
  "tailoring.sign.stalking.label": "They follow me, watch me or keep contacting me",
  "tailoring.sign.stalking.flag": "Stalking is a crime, and it often comes before serious harm.",
  "tailoring.sign.weapons.label": "They have used or threatened me with a weapon, or can get one",
  "tailoring.sign.weapons.flag": "A weapon makes serious harm much more likely.",
  "tailoring.sign.getting-worse.label": "It is happening more often, or getting worse",
  "tailoring.sign.getting-worse.flag":
    "Abuse that is getting worse or more frequent is a sign that the risk is rising.",
  "tailoring.sign.pregnant-or-baby.label": "I am pregnant, or have a baby under one",
  "tailoring.sign.pregnant-or-baby.flag":
    "Abuse often starts or gets worse in pregnancy and after a birth. You and your baby deserve extra help.",
  "tailoring.sign.own-fear.label": "I am frightened of what they might do",
  "tailoring.sign.own-fear.flag": "Your own sense of danger is one of the best guides there is. Trust it.",
  "tailoring.sign.threats-about-children.label":
    "They threaten to take or hurt the children, or use contact to get at me",
  "tailoring.sign.threats-about-children.flag": "Threats about children are serious, for them and for you.",
  "tailoring.advice.phone-999.title": "Phone 999",
  "tailoring.advice.phone-999.text": "If you are in danger now, phone 999 and ask for the police.",
  "tailoring.advice.silent-call.title": "If you cannot speak: 999, then 55",
  "tailoring.advice.silent-call.text":
    "On a mobile, dial 999 and, if you cannot talk, press 55 when asked. The operator will put you through to the police.",
  "tailoring.advice.helpline.title": "Talk to your helpline",
  "tailoring.advice.helpline.text":
    "They can help you make a plan for what you have recognised, any time of day or night.",
  "tailoring.advice.idva.title": "Ask for an independent domestic violence adviser",
  "tailoring.advice.idva.text":
    "An IDVA is a trained adviser who works with people at high risk, and is on your side. Your helpline, GP or a local support service can put you in touch.",
  "tailoring.advice.marac.title": "What a MARAC is",
  "tailoring.advice.marac.text":
    "A MARAC is a meeting about people at the highest risk. The police, health, housing, children's services and others share what they know, and agree how to keep them safer. You do not go to it: an adviser speaks for you. A professional can refer you, with your agreement where possible.",
  "tailoring.advice.see-a-doctor.title": "See a doctor",
  "tailoring.advice.see-a-doctor.text":
    "Get checked by a doctor or midwife, even if you feel fine. Tell them what happened.",
  "tailoring.advice.keep-a-record.title": "Keep a record",
  "tailoring.advice.keep-a-record.text":
    "Write down what happens, with dates, and keep messages, somewhere the person cannot find them.",
  "tailoring.advice.children-services.title": "Get help for the children",
  "tailoring.advice.children-services.text":
    "Tell a support worker, the children's school or the NSPCC helpline. Children's services can help protect them.",

  // Is this device safe? One question each, and one thing to do when the answer is a worry.
  "tailoring.device.others-unlock.question":
    "Could the person unlock this phone or computer, or do they know its passcode?",
  "tailoring.device.others-unlock.todo":
    "Use a different device for your plan if you can, such as a friend's phone or a library computer. If it is safe, change the passcode.",
  "tailoring.device.they-set-it-up.question": "Did the person buy this device, set it up, or have it for a while?",
  "tailoring.device.they-set-it-up.todo":
    "They may have added apps or settings that share what you do. Use a device they have never had for anything private.",
  "tailoring.device.shared-account.question":
    "Is this device signed in to an account the person can open? For example a shared Google, Apple or Microsoft account.",
  "tailoring.device.shared-account.todo":
    "Anything saved to that account, like photos, history or passwords, may show on their devices too. Use a private window, and do not save this site's address.",
  "tailoring.device.browser-sync.question":
    "Is this browser signed in and syncing, so your history shows on other devices?",
  "tailoring.device.browser-sync.todo":
    "Use a private window for this site. If you have already visited it, delete just those entries from the history instead of clearing everything.",
  "tailoring.device.location-shared.question":
    "Could the person see where you are, for example through a map app, Find My, or a family app?",
  "tailoring.device.location-shared.todo":
    "Check location sharing in the phone's settings. Turning it off can alert them, so think first, and ask a support worker to help.",
  "tailoring.device.family-apps.question": "Are you in a family group or parental-control app with the person?",
  "tailoring.device.family-apps.todo":
    "Family apps can share your location, purchases and screen time. Ask a support worker to help you check what they can see.",
  "tailoring.device.childrens-devices.question":
    "Do your children have phones, tablets or games that the person gave them or set up?",
  "tailoring.device.childrens-devices.todo":
    "Those devices may share where the children are. Check their location and family settings, with help if you need it.",
  "tailoring.device.smart-home.question":
    "Are there cameras, smart speakers or a video doorbell at home that the person controls?",
  "tailoring.device.smart-home.todo":
    "They may be able to see or hear what happens at home. Make calls and use this site away from them.",
  "tailoring.device.knows-too-much.question":
    "Does the person seem to know things they should not: your messages, your searches, or where you have been?",
  "tailoring.device.knows-too-much.todo":
    "That can be a sign of spyware or a shared account. Do not use this device for your plan. Your helpline can tell you about getting it checked.",
  "tailoring.device.answer.yes": "Yes",
  "tailoring.device.answer.no": "No",
  "tailoring.device.answer.not-sure": "Not sure",

  // If I need to go now: the general list when the person has not made their own.
  "tailoring.goNow.take.phone": "Your phone and charger",
  "tailoring.goNow.take.keys": "Keys",
  "tailoring.goNow.take.money": "Money and bank cards",
  "tailoring.goNow.take.medicines": "Medicines",
  "tailoring.goNow.take.documents": "Passport or other ID, if you can reach it quickly",
  "tailoring.goNow.take.children": "The children, and what they need tonight",
  // The screens' own words.
  "tailoring.ui.ratherNotSay": "I'd rather not say",
  "tailoring.ui.priorities.intro": "Choose what matters to you, then move the most important to the top.",
  "tailoring.ui.priorities.chosen": "What matters to me, most important first",
  "tailoring.ui.priorities.none": "Nothing chosen yet.",
  "tailoring.ui.priorities.up": "Move up",
  "tailoring.ui.priorities.down": "Move down",
  "tailoring.ui.priorities.remove": "Take out",
  "tailoring.ui.priorities.moved": "{name} is now number {n}.",
  "tailoring.ui.priorities.own": "In your own words, what matters to you?",
  "tailoring.ui.ideas.empty":
    'Answer "What applies to me" and "What matters most to me" to see ideas picked for you. You can also look through every idea below.',
  "tailoring.ui.ideas.suggested": "Suggested for you",
  /** Under "Suggested for you": suggestions look like part of the plan, but only kept ones are (a tester printed and found none). */
  "tailoring.ui.ideas.suggestedHint":
    "Not in your plan yet. Only the ideas you keep go into it, and onto its printout.",
  "tailoring.ui.ideas.suggestedNone":
    "You have made a choice about each idea we suggested. Look through all the ideas below for more.",
  "tailoring.ui.ideas.because": "Suggested because {reasons}.",
  "tailoring.ui.ideas.between": ", ",
  "tailoring.ui.ideas.and": " and ",
  "tailoring.ui.ideas.andVowel": " and ",
  "tailoring.ui.ideas.how": "Why it helps, and how",
  "tailoring.ui.ideas.more": { one: "Show 1 more idea", other: "Show {count} more ideas" },
  "tailoring.ui.ideas.call": "Who can help:",
  "tailoring.ui.ideas.keep": "Keep in my plan",
  "tailoring.ui.ideas.drop": "Not for me",
  "tailoring.ui.ideas.kept": "In my plan",
  "tailoring.ui.ideas.keptNone": 'Nothing kept yet. Press "Keep in my plan" on any idea that fits you.',
  "tailoring.ui.ideas.note": "My notes on this",
  "tailoring.ui.ideas.takeOut": "Take out of my plan",
  "tailoring.ui.ideas.own": "My own ideas",
  "tailoring.ui.ideas.ownTitle": "My idea",
  "tailoring.ui.ideas.ownNote": "How I will do it",
  "tailoring.ui.ideas.ownN": "My own idea {n}",
  "tailoring.ui.ideas.addOwn": "Add an idea of my own",
  "tailoring.ui.ideas.removeOwn": "Remove this idea",
  "tailoring.ui.ideas.dropped": "Put aside ({count})",
  "tailoring.ui.ideas.bringBack": "Bring back",
  "tailoring.ui.ideas.all": "Look through every idea",
  "tailoring.ui.ideas.inPlan": "In my plan",
  "tailoring.ui.ideas.keptDone": "Kept in your plan: {title}.",
  "tailoring.ui.ideas.droppedDone": "Put aside: {title}. You can bring it back below.",
  "tailoring.ui.panel.close": "Back to my plan",
  "tailoring.ui.goNow.title": "If I need to go now",
  "tailoring.ui.goNow.intro": "The few things that matter most. Read it now, so you know it when you need it.",
  "tailoring.ui.goNow.danger": "If you are in danger, phone 999. If you cannot speak on a mobile, press 55 when asked.",
  "tailoring.ui.goNow.where": "Where I can go",
  "tailoring.ui.goNow.who": "Who I can call",
  "tailoring.ui.goNow.codeWord": "My code word",
  "tailoring.ui.goNow.waysOut": "My ways out",
  "tailoring.ui.goNow.children": "Where the children can go",
  "tailoring.ui.goNow.take": "Take if you can",
  "tailoring.ui.goNow.takeMine": "From my list",
  "tailoring.ui.goNow.nothing":
    'Your plan does not say yet where you would go or who you would call. Filling in "Getting ready to leave" and your list of things to take will put them here.',
  "tailoring.ui.goNow.leave":
    "Do not stop for things if you are in danger. You matter more than anything you could take.",
  "tailoring.ui.signs.title": "Signs of danger",
  "tailoring.ui.signs.intro":
    "Some things make serious harm more likely. Tick any you recognise to see what you can do. There is no score: your own sense of danger matters most.",
  "tailoring.ui.signs.legend": "Do you recognise any of these?",
  "tailoring.ui.signs.flagged": "What this means",
  "tailoring.ui.signs.todo": "What you can do",
  "tailoring.ui.signs.none": "Even if you ticked nothing, trust your feelings. If you are frightened, talk to someone.",
  "tailoring.ui.signs.notKept": "What you tick here is not kept: it goes when you close this.",
  "tailoring.ui.device.title": "Is this device safe?",
  "tailoring.ui.device.intro":
    "A few questions about the phone or computer you are using now. Skip any you like. Your answers are not kept anywhere.",
  "tailoring.ui.device.todo": "What to do",
  "tailoring.ui.device.allClear":
    'Nothing you said is a worry. Keep using "Exit" when you need to, and read "Staying safe online" for more.',
  "tailoring.ui.device.onlineSafety": "Staying safe online",
} as const;
