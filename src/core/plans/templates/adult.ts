import type { Template } from "../template";

/**
 * Personal safety plan for an adult.
 *
 * Structure and facts come from the guidance ("Developing a safety plan", "Personal safety plan
 * for women" and the clarification questions in the children's procedure; Appendix A "Safety
 * Planning" in the Leicester, Leicestershire and Rutland procedure). The words are our own.
 *
 * - Written for anyone, whatever their gender or their partner's: "the person", not "he".
 * - It must work for someone who stays as well as someone who leaves, and it says plainly that
 *   the risk rises around leaving.
 * - No phone numbers except 999, 55 and 141: the editor shows helplines and local services from
 *   configuration (see `showNumbers`), so numbers are kept in one checked place.
 */
export const adultTemplate: Template = {
  kind: "adult",
  title: "My safety plan",
  neutralTitle: "My notes",
  intro: [
    "This plan is a place to think through what could help you stay safer, now and in the future. A plan can lower the risk, but it cannot guarantee that you or anyone else will be safe.",
    "What is happening to you is not your fault. The person who chooses to hurt or control you is responsible for it.",
    "Every question is optional. Skip anything that does not fit your life, and come back to it whenever you like. The plan is useful whether you live with the person, are thinking about leaving, or have already left.",
    "You already know a lot about keeping yourself safe. Build on what already works for you. If you are in danger right now, phone 999.",
    "Keep the plan somewhere the person cannot find it. A support worker you trust may be able to keep a copy, or your documents, for you.",
  ],
  sections: [
    {
      id: "right-now",
      title: "Right now",
      help: [
        "Start with how things are for you today. There are no right or wrong answers, and you can leave anything blank.",
        "Many people notice signs before things get worse. Writing them down can help you act early, for example by going somewhere else for a while.",
        "Many people stay for a long time, or for good, and that is their choice to make. A plan should help you whether you stay or leave.",
      ],
      questions: [
        "What are you most worried about right now?",
        "Can you tell when things might turn violent? For example after drinking, when money comes in, or after family visits.",
        "When you sense that, is there somewhere else you could go?",
        "If you stay, what do you expect things to be like?",
        "Do you think leaving, or trying to leave, would make things safer or more dangerous? Why?",
        "What already helps you cope and stay safer?",
      ],
      askQuestions: [
        "What are you most worried about at the moment?",
        "Are you frightened of anyone at home, or of someone you used to live with?",
        "If you stay, what do you think will happen?",
        "What do you think would happen if you left, or tried to? Would it help, or make things worse?",
        "Can you tell when your partner or ex-partner is about to become violent? What do you notice?",
        "When you sense this, can you go somewhere else?",
        "What do you already do that keeps you, and any children, safer?",
        "Have they ever threatened you with a weapon, or threatened to hurt your family or the children, or to take the children?",
        "Do they stop you seeing friends or family, working, studying, or having money of your own?",
        "Do they drink or use drugs heavily? How do they behave then?",
        "Have you had contact with the police about this before?",
      ],
      fields: [
        {
          id: "worries",
          type: "longText",
          label: "What worries me most",
        },
        {
          id: "warning-signs",
          type: "longText",
          label: "Signs that things may turn violent",
          hint: "For example drinking, payday, a bad day at work, visits from relatives, or a change in mood. You know these signs better than anyone.",
        },
        {
          id: "living-together",
          type: "yesNo",
          label: "Are you living with the person now?",
          hint: "This helps you decide which parts of the plan matter most at the moment. Both situations are covered.",
        },
        {
          id: "if-i-stay",
          type: "longText",
          label: "If I stay: what I can do to be safer",
          hint: "For example where you can go when things start, who you can call, and what helps you get through.",
        },
        {
          id: "if-i-have-left",
          type: "longText",
          label: "If I have left, or I am planning to: what worries me and what could help",
          hint: "The risk often goes up around the time someone leaves and for months afterwards. It helps to plan this part carefully, with a support service if you can.",
        },
      ],
    },
    {
      id: "staying-safer-at-home",
      title: "Staying safer at home",
      help: [
        "These ideas are for times when things start to go wrong at home. Use the ones that fit, and change them when they stop working.",
        "If you can, avoid running to the room your children are in: they could be hurt too. Agree with them instead what they will do and where they will go.",
        "If you are in danger, phone 999. If you call from a mobile and cannot speak, listen to the operator and press 55 when asked, so the call is put through to the police.",
      ],
      questions: [
        "Who could you tell who would not tell the person?",
        "Who would call the police if they heard trouble coming from your home?",
        "Which room do you feel safest in? Which rooms are the most dangerous?",
        "Is there somewhere your children can go when things start?",
        "Have you talked with your children about what to do if something happens?",
        "Could your children reach someone who can help?",
        "How could you keep your phone charged and with you?",
      ],
      askQuestions: [
        "Is there someone you can confide in who would keep it from your partner or ex-partner?",
        "Is there a neighbour who could call the police if they heard shouting or breaking?",
        "Where in your home do you feel safest?",
        "Where in your home would be most dangerous to be if things turned violent?",
        "Is there somewhere your children can go when it is happening? (Explain why it is safer not to run to where the children are.)",
        "Have you talked with your children about what to do during an incident: not to step in, to get away, and to get help?",
        "Do you have the numbers you would need, such as family, friends, a refuge and the police, somewhere you can get to them? Could your children reach these people too?",
        "Would a code word with a friend, neighbour or your children help them know when to call for help?",
      ],
      fields: [
        {
          id: "people-who-would-call",
          type: "people",
          label: "People I can tell, who would phone the police if they heard trouble",
          hint: "Choose people who will not tell the person. Ask them to phone 999 if they hear shouting, screaming or things breaking at your home.",
        },
        {
          id: "if-children-hurt",
          type: "people",
          label: "If my children get hurt, I will tell",
        },
        {
          id: "safest-room",
          type: "shortText",
          label: "The safest room for me",
          hint: "Ideally a room with a way out, such as a door to the outside, and nothing that could be used to hurt you.",
        },
        {
          id: "rooms-to-avoid",
          type: "longText",
          label: "Rooms to avoid when things start",
          hint: "For example a bathroom with only one way out, or a kitchen, where knives and other things could be used as weapons.",
        },
        {
          id: "code-word",
          type: "shortText",
          label: "My code word",
          hint: "An ordinary word or phrase you can say or text that means 'I need help, call the police'.",
        },
        {
          id: "code-word-people",
          type: "people",
          label: "Who knows my code word",
        },
        {
          id: "children-plan",
          type: "longText",
          label: "What my children will do if something happens",
          hint: "Agree this with them: don't try to step in, get out of the way, go somewhere safe, and get help or phone 999 if it is safe. Practise it together when things are calm.",
        },
        {
          id: "children-safe-place",
          type: "shortText",
          label: "Where my children will go",
          hint: "A room in the house, or a neighbour's or friend's home close by.",
        },
        {
          id: "phone-plan",
          type: "longText",
          label: "How I will keep my phone charged and with me",
          hint: "For example a spare charger at work or with a friend, or keeping your phone in a pocket rather than a bag.",
        },
        {
          id: "escape-routes",
          type: "longText",
          label: "How I would get out",
          hint: "Think about doors, windows, stairs or lifts, where the keys are kept, and where you would go once you are out.",
        },
        {
          id: "escape-practised",
          type: "yesNo",
          label: "I have practised getting out",
          hint: "Practising when things are calm, perhaps with a support worker, makes it easier to act if you are frightened.",
        },
      ],
    },
    {
      id: "getting-ready-to-leave",
      title: "Getting ready to leave",
      help: [
        "You may be planning to leave, or you may want a plan just in case. Either is fine. The risk is often highest around the time someone leaves and for a while afterwards, so get support from a specialist service if you can.",
        "Small steps can make a big difference: a bag kept at a friend's house, copies of papers somewhere safe, a little money put aside. The list of things to take can help.",
        "If your children cannot come with you straight away, plan where they will be safe. Collecting children from someone later can be risky, so talk this through with a support worker.",
      ],
      questions: [
        "Where could you go if you left?",
        "Where could your children go if they cannot come with you?",
        "Could a friend or relative look after a bag of spare clothes for you?",
        "Could someone you trust keep copies of important papers, such as passports, birth certificates and benefit letters?",
        "How could you put aside a little money for fares, calls, food and a night away?",
        "Is there a professional or a neighbour you trust who you could tell?",
        "What would happen to your pets?",
        "Do money, work, health or your immigration status limit your choices? What would help?",
      ],
      askQuestions: [
        "If you had to leave, where might you go, even for one night?",
        "Would it be safer for your partner to leave the home, rather than you and the children?",
        "Is there a friend or family member who could hold a bag of clothes and essentials for you?",
        "Could anyone else look after copies of your important papers, such as passports, birth certificates and benefit papers?",
        "Where do your family and friends live? What support is there near where you might go?",
        "What money can you get to? Do you have income, savings, or a history of work?",
        "Does your partner control your money, or take your benefits or allowances?",
        "Does your physical or mental health limit your options? What medication do you and the children need?",
        "How have services such as the police, housing or social care treated you in the past?",
        "Are there pets who could be at risk if they cannot leave with you?",
        "Is your immigration status a worry? Would you like help to get specialist immigration advice?",
        "Would you like us to keep copies of your documents, or of this plan, here for you?",
      ],
      fields: [
        {
          id: "places-to-go",
          type: "places",
          label: "Places I could go",
          hint: "Up to four: family, friends, a refuge, or anywhere else safe. Think about how you would get there at any time of day or night.",
          maxItems: 4,
        },
        {
          id: "children-place",
          type: "shortText",
          label: "A safe place for my children if they cannot come with me",
        },
        {
          id: "money-set-aside",
          type: "longText",
          label: "Money for fares, phone calls, food and a night away",
          hint: "How much you might need, and where you could keep it safely. Even a small amount helps.",
        },
        {
          id: "things-kept-safe",
          type: "longText",
          label: "Where I can leave money, spare keys, clothes and copies of my papers",
          hint: "With someone you trust, at work, or with a support service.",
        },
        {
          id: "professional-or-neighbour",
          type: "people",
          label: "A professional or neighbour I can tell",
        },
        {
          id: "pets",
          type: "longText",
          label: "My pets",
          hint: "Who could look after them, and how you would take them with you or collect them safely.",
        },
        {
          id: "immigration",
          type: "longText",
          label: "My immigration status",
          hint: "If your right to stay in the UK depends on your partner, get specialist advice. There may be ways to stay in your own right, and a support worker can help you find that advice.",
        },
        {
          id: "money-benefits-work",
          type: "longText",
          label: "Money, benefits and work",
          hint: "For example a bank account of your own, benefits paid to you, savings, debts, and what you would need to keep a job or find one.",
        },
        {
          id: "health",
          type: "longText",
          label: "My health and medication",
          hint: "Medicines you or your children need, prescriptions, appointments, and anything about your health that affects your plan.",
        },
      ],
    },
    {
      id: "after-leaving",
      title: "After leaving",
      help: [
        "Leaving does not always end the danger. For many people the weeks and months after leaving are the riskiest time, so keep using your plan and stay in touch with support.",
        "You may be able to stay in your home with extra security. Many areas run a Sanctuary Scheme, which can fit stronger doors, locks and alarms. Ask your local domestic abuse service or council.",
        "Missing the person, or feeling like going back, is very common. It is not a failure. Plan who you could talk to if you feel that way.",
      ],
      questions: [
        "Who needs to know that the person no longer lives with you?",
        "Who is allowed to collect your children from school or childcare?",
        "Who at work could you tell, and could someone screen your calls?",
        "Which shops, banks and other places did you use that you might now avoid?",
        "Who could you call if you feel low or think about going back?",
      ],
      askQuestions: [
        "Would you like help with changing the locks or with extra security, such as a referral to a Sanctuary Scheme?",
        "Who could you let know that your ex-partner has moved out, so they can phone the police if they see them near you or the children?",
        "Who has permission to collect your children? Do the school and childcare know?",
        "Is there anyone at work you could tell? Could someone screen your calls or visitors?",
        "Are there places you used to go that your ex-partner knows about?",
        "Could contact arrangements for the children let your ex-partner find you? Has the risk from contact been assessed?",
        "If you feel low or ready to go back, who can you call for support?",
      ],
      fields: [
        {
          id: "home-security",
          type: "longText",
          label: "Making my home safer",
          hint: "For example changing the locks, stronger doors, smoke alarms, outside lights or a security system. A Sanctuary Scheme may be able to help.",
        },
        {
          id: "people-to-inform",
          type: "people",
          label: "People I will tell that the person no longer lives with me",
          hint: "They can phone the police if they see the person near your home or your children.",
        },
        {
          id: "collect-children",
          type: "people",
          label: "People who may collect my children",
          hint: "Tell the school, nursery or childminder, and your children, who is allowed to pick them up.",
        },
        {
          id: "hide-my-number",
          type: "agree",
          label: "When I call from a landline, I can dial 141 first so that my number is hidden.",
          agreeText: "I will remember this",
        },
        {
          id: "work",
          type: "longText",
          label: "At work",
          hint: "Who you could tell, whether someone could screen your calls or visitors, and a safer way to get to and from work.",
        },
        {
          id: "places-to-avoid",
          type: "places",
          label: "Places I used to go that I will avoid",
          hint: "Shops, banks, a gym, a place of worship, a route you used to take: anywhere the person knows you go.",
        },
        {
          id: "if-i-think-of-going-back",
          type: "people",
          label: "If I feel low or think about going back, I can call",
        },
      ],
    },
    {
      id: "important-numbers",
      title: "Important numbers",
      showNumbers: true,
      help: [
        "Emergency numbers and helplines are shown above. Add your own people below: friends, family, a support worker, your children's school.",
        "Think about where you keep numbers. If someone checks your phone, you could learn a few by heart, or keep them somewhere safe away from home.",
      ],
      questions: [
        "Which numbers would you need in a hurry?",
        "Could your children get in touch with these people?",
        "Is it safe to keep these numbers in your phone?",
      ],
      askQuestions: [
        "Do you have the numbers you need to hand: family, friends, a refuge, the police?",
        "Could your children get hold of these people if they needed to?",
        "Would you like the details of local services, or for us to keep a copy of these numbers for you?",
      ],
      fields: [
        {
          id: "my-numbers",
          type: "people",
          label: "My own people and numbers",
        },
      ],
    },
    {
      id: "review",
      title: "Review",
      help: [
        "Things change, and a plan that worked last month may not fit now. Look at it again whenever something changes.",
        "Good times to check it include moving home, a court date, a new baby, a change in contact arrangements, or when the person gets in touch.",
      ],
      questions: ["What has changed since you last looked at this plan?", "Is there anything that no longer works?"],
      askQuestions: [
        "What has changed since we last looked at the plan?",
        "Has anything happened that makes you feel less safe?",
        "When shall we look at the plan together again?",
      ],
      fields: [
        {
          id: "review-date",
          type: "reviewDate",
          label: "When I will look at this plan again",
          hint: "Pick a date. Look sooner if something changes, such as moving home, a court date, or the person getting in touch.",
        },
      ],
    },
  ],
};
