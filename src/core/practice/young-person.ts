import type { PracticeSet } from "./types";

/**
 * Practice for a young person of about 12 to 17 ("Young person's plan", Appendix 7 of the
 * children's procedure, and section 18 on young people's own relationships).
 *
 * - Plain English, not childish; checked by practice.test.ts at grade 8 or below.
 * - The core messages: it is not your fault, you can't stop it, don't step in, get out of the way,
 *   phone 999 if it is safe (55 if you can't speak on a mobile), talk to an adult you trust.
 * - Childline is named but not numbered: the screens show numbers from configuration.
 *   No phone numbers apart from 999 and 55.
 * - No score and no failing: every choice is met with respect and the feedback says why.
 */
export const youngPersonPractice: PracticeSet = {
  audience: "young-person",
  // "A grown-up you trust" reads as childish to a teenager.
  defaults: { trustedPerson: "an adult you trust" },
  title: "Practise my plan",
  intro: [
    "This is a chance to think through your plan before you ever need it. Nothing here is a test.",
    "Each situation has a few options. Pick what you might do, and you'll see why it helps or what the risks are.",
    "You can go back and try other options as often as you like.",
  ],
  scenarios: [
    {
      id: "argument-getting-worse",
      situation: "The adults at home are arguing. It's getting louder, and you think someone might get hurt.",
      question: "What's the safest thing to do?",
      picture: "shout",
      choices: [
        {
          id: "argument-step-in",
          label: "Step in between them to make it stop.",
          best: false,
          feedback:
            "Wanting to protect someone you love makes sense. But stepping in can get you badly hurt, and it rarely stops the violence. It isn't your job to stop it.",
          picture: "shout",
        },
        {
          id: "argument-get-out",
          label: "Leave the room and go to {safePlace}.",
          best: true,
          feedback:
            "Yes. Getting out of the way is the safest thing you can do. Go somewhere you don't have to pass the trouble to reach.",
          picture: "door",
        },
        {
          id: "argument-call-999",
          label: "If someone is being hurt and it's safe, call 999 from {nearestPhone}.",
          best: true,
          feedback:
            "Yes. Calling the police when someone is being hurt is the right thing to do. Only call when it's safe for you, ideally from somewhere out of the way.",
          picture: "phone",
        },
        {
          id: "argument-stay-and-watch",
          label: "Stay in the room so you can keep an eye on things.",
          best: false,
          feedback:
            "It's natural to want to know what's going on. But staying close puts you at risk, and you can't control what happens. Getting out of the way is safer.",
          picture: "house",
        },
      ],
    },
    {
      id: "taking-sides",
      situation: "One of the adults at home wants you to take their side, or to pass a message to the other.",
      question: "What could you do?",
      picture: "shout",
      choices: [
        {
          id: "sides-pass-message",
          label: "Pass the message on, to keep the peace.",
          best: false,
          feedback:
            "You might hope it will calm things down. But carrying messages puts you in the middle, and you could get the blame or get hurt. Adults should sort out their own problems.",
          picture: "house",
        },
        {
          id: "sides-stay-out",
          label: "Say calmly that you don't want to be in the middle.",
          best: true,
          feedback:
            "Yes, if it feels safe to say. You don't have to choose between the adults in your life, and you're not responsible for their problems.",
          picture: "heart",
        },
        {
          id: "sides-tell-trusted",
          label: "Say what's being asked of you, and how it feels, to {trustedPerson}.",
          best: true,
          feedback:
            "Yes. Being pulled into adult conflict is a lot to carry. An adult you trust can help you work out what to do, and you don't have to deal with it alone.",
          picture: "friend",
        },
        {
          id: "sides-pick-a-side",
          label: "Pick a side, so at least one of them is happy with you.",
          best: false,
          feedback:
            "That pressure is real, and it's not fair on you. But taking sides can drag you further into the conflict. None of this is your fault, whoever you feel closer to.",
          picture: "shout",
        },
      ],
    },
    {
      id: "younger-sibling-scared",
      situation: "The adults are fighting. Your younger brother or sister is scared and crying.",
      question: "What could you do?",
      picture: "friend",
      choices: [
        {
          id: "sibling-take-with-you",
          label: "If you can do it safely, take them with you to {safePlace}.",
          best: true,
          feedback:
            "Yes. Getting out of the way together keeps you both safer. Only do it if you don't have to go past the fighting.",
          picture: "door",
        },
        {
          id: "sibling-confront-adults",
          label: "Go and tell the adults to stop because they're upsetting the little one.",
          best: false,
          feedback:
            "You're looking out for them, and that's kind. But going into the fight puts you at risk, and it's not your job to stop it. Stay out of the way with them if you can.",
          picture: "shout",
        },
        {
          id: "sibling-keep-calm",
          label: "Stay with them somewhere quiet, and do something calm together.",
          best: true,
          feedback:
            "Yes. A calm voice, a game or some music can help a scared child. Their safety isn't all on you, though: it's the adults' job.",
          picture: "heart",
        },
        {
          id: "sibling-tell-trusted",
          label: "Later, tell {trustedPerson}. Say that your brother or sister was scared.",
          best: true,
          feedback:
            "Yes. An adult you trust can make sure the younger ones have their own plan. It's good for everyone to know what to do.",
          picture: "friend",
        },
      ],
    },
    {
      id: "phone-checked",
      situation: "Someone at home keeps going through your phone and reading your messages.",
      question: "What could help keep you safer?",
      picture: "phone",
      choices: [
        {
          id: "phone-learn-numbers",
          label: "Learn the numbers you'd need by heart, so you don't have to rely on your contacts.",
          best: true,
          feedback:
            "Yes. If you know 999 and a trusted person's number by heart, you can get help from any phone, even if yours is taken.",
          picture: "star",
        },
        {
          id: "phone-message-friend",
          label: "Message a friend about what's going on at home.",
          best: false,
          feedback:
            "Wanting to talk to a friend makes sense. But if someone reads your messages, it could make things more dangerous. It's safer to talk in person.",
          picture: "phone",
        },
        {
          id: "phone-refuse",
          label: "Refuse to hand it over and have it out with them.",
          best: false,
          feedback:
            "Wanting privacy is completely fair. But if arguing could make things more dangerous, your safety comes first. Talk to someone you trust about it instead.",
          picture: "shout",
        },
        {
          id: "phone-talk-in-person",
          label: "Away from home, talk in person to {trustedPerson}.",
          best: true,
          feedback:
            "Yes. Talking face to face leaves nothing on your phone. An adult you trust can help you think about how to stay in touch safely.",
          picture: "friend",
        },
      ],
    },
    {
      id: "controlling-relationship",
      situation:
        "The person you're going out with tells you who you can see, checks where you are, and gets angry if you don't reply straight away. They pressure you to do things you don't want to.",
      question: "What could you do?",
      picture: "eye",
      choices: [
        {
          id: "relationship-go-along",
          label: "Go along with it. It shows they care.",
          best: false,
          feedback:
            "A lot of people think that at first. But caring about someone doesn't look like control. Someone who cares lets you see your friends, make your own choices, and say no.",
          picture: "eye",
        },
        {
          id: "relationship-talk",
          label: "Talk to Childline, or to {trustedPerson}.",
          best: true,
          feedback:
            "Yes. This is not your fault, and you don't have to deal with it alone. Childline is free and private, and you can contact them online too.",
          picture: "friend",
        },
        {
          id: "relationship-keep-quiet",
          label: "Keep it to yourself so you don't cause any trouble.",
          best: false,
          feedback:
            "It can feel easier to keep quiet, and many people do. But control like this often gets worse. Telling someone you trust is not causing trouble: it's how you get support.",
          picture: "lock",
        },
        {
          id: "relationship-meet-safely",
          label: "If you do meet up, choose a busy place and tell a friend where you'll be.",
          best: true,
          feedback:
            "Yes. Busy places, friends who know where you are, and a safe way to get home all help. Saying no to anything you don't want is always OK.",
          picture: "tree",
        },
      ],
    },
    {
      id: "leaving-in-a-hurry",
      situation: "Your family has to leave home in a hurry.",
      question: "What's the best thing to do?",
      picture: "house",
      choices: [
        {
          id: "leaving-grab-essentials",
          label: "Grab your phone, charger, any medicine you need, and one thing that matters to you.",
          best: true,
          feedback: "Yes. Take only what you need and can carry quickly. Getting out safely matters more than things.",
          picture: "phone",
        },
        {
          id: "leaving-pack-everything",
          label: "Pack everything you own so nothing is left behind.",
          best: false,
          feedback:
            "Leaving your things behind is hard. But packing takes time, and getting out safely comes first. An adult can help get other things later.",
          picture: "house",
        },
        {
          id: "leaving-bag-ready",
          label: "Keep a bag of important things ready at a trusted friend's or relative's house.",
          best: true,
          feedback:
            "Yes. A bag kept somewhere safe means you have what you need, even if you leave with nothing. Plan it with an adult you trust.",
          picture: "door",
        },
        {
          id: "leaving-go-back-alone",
          label: "Go back on your own later to get what you forgot.",
          best: false,
          feedback:
            "Missing your things is normal. But going back alone could put you in danger. Tell an adult you trust what you need, and they can find a safe way to get it.",
          picture: "house",
        },
      ],
    },
  ],
  call: {
    title: "Practise a 999 call",
    intro: [
      "This is a practice call, not a real one. Say your answers out loud, or take turns with an adult you trust.",
      "Knowing what to say makes a real call easier. Only call 999 if it's safe to do so.",
    ],
    steps: [
      {
        id: "which-service",
        operator: "Emergency. Which service do you need?",
        prompt: "Police, please.",
        hint: "Ask for the police. If someone is badly hurt, tell them, so they can send help for that too.",
      },
      {
        id: "name",
        operator: "What's your name?",
        prompt: "My name is {name}.",
        answer: "name",
        hint: "Speak slowly and clearly.",
      },
      {
        id: "address",
        operator: "Where are you? What's the address?",
        prompt: "I'm at {address}.",
        answer: "address",
        hint: "Give your full address, with the postcode. If you're not at home, say where you are.",
      },
      {
        id: "what-is-happening",
        operator: "What is happening?",
        prompt: "Someone is being hurt at my home. Please send the police.",
        answer: "what-is-happening",
        hint: "Keep it short: who is being hurt, and who is doing it.",
      },
      {
        id: "are-you-safe",
        operator: "Are you safe right now?",
        prompt: "I'm in my room with the door shut.",
        hint: "Say where you are, whether you feel safe, and who else is in the house.",
      },
      {
        id: "stay-on-the-line",
        operator: "Stay on the line if you can.",
        prompt: "OK, I'm still here.",
        hint: "Keep the call going and do what they tell you, as long as it's safe. If you need to stop talking, that's OK.",
      },
    ],
    silentCall: [
      "If you call 999 from a mobile and can't speak, you can still get help.",
      "Stay on the line and listen. When you're asked, press 55.",
      "Pressing 55 tells them it's a real emergency, and they'll put you through to the police.",
    ],
    ending: [
      "Well done. You know what to say now, and that will make a real call easier.",
      "Only call 999 for real when someone is in danger or being hurt.",
    ],
  },
  closing: [
    "What happens at home is not your fault, and it's not your job to stop it.",
    "You can practise again whenever you like.",
    "Talk about how you're feeling to Childline, or to {trustedPerson}.",
  ],
};
