import type { youngPersonPractice as en } from "../../en/practice/young-person";
import type { Translation } from "../../types";

/** The Panjabi words: drafted from the English, not yet reviewed by a fluent speaker. TRANSLATE: every entry below is still English. */
export const youngPersonPractice: Translation<typeof en> = {
  "practice.young-person.title": "Practise my plan",
  "practice.young-person.intro": [
    "This is a chance to think through your plan before you ever need it. Nothing here is a test.",
    "Each situation has a few options. Pick what you might do, and you'll see why it helps or what the risks are.",
    "You can go back and try other options as often as you like.",
  ],
  "practice.young-person.blank.safePlace": "your safe place",
  "practice.young-person.blank.trustedPerson": "an adult you trust",
  "practice.young-person.blank.nearestPhone": "the nearest phone",
  "practice.young-person.blank.neighbour": "a neighbour you trust",
  "practice.young-person.blank.name": "your name",
  "practice.young-person.blank.address": "your address",
  "practice.young-person.argument-getting-worse.situation":
    "The adults at home are arguing. It's getting louder, and you think someone might get hurt.",
  "practice.young-person.argument-getting-worse.question": "What's the safest thing to do?",
  "practice.young-person.argument-getting-worse.argument-step-in.label": "Step in between them to make it stop.",
  "practice.young-person.argument-getting-worse.argument-step-in.feedback":
    "Wanting to protect someone you love makes sense. But stepping in can get you badly hurt, and it rarely stops the violence. It isn't your job to stop it.",
  "practice.young-person.argument-getting-worse.argument-get-out.label": "Leave the room and go to {safePlace}.",
  "practice.young-person.argument-getting-worse.argument-get-out.feedback":
    "Yes. Getting out of the way is the safest thing you can do. Go somewhere you don't have to pass the trouble to reach.",
  "practice.young-person.argument-getting-worse.argument-call-999.label":
    "If someone is being hurt and it's safe, call 999 from {nearestPhone}.",
  "practice.young-person.argument-getting-worse.argument-call-999.feedback":
    "Yes. Calling the police when someone is being hurt is the right thing to do. Only call when it's safe for you, ideally from somewhere out of the way.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.label":
    "Stay in the room so you can keep an eye on things.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.feedback":
    "It's natural to want to know what's going on. But staying close puts you at risk, and you can't control what happens. Getting out of the way is safer.",
  "practice.young-person.taking-sides.situation":
    "One of the adults at home wants you to take their side, or to pass a message to the other.",
  "practice.young-person.taking-sides.question": "What could you do?",
  "practice.young-person.taking-sides.sides-pass-message.label": "Pass the message on, to keep the peace.",
  "practice.young-person.taking-sides.sides-pass-message.feedback":
    "You might hope it will calm things down. But carrying messages puts you in the middle, and you could get the blame or get hurt. Adults should sort out their own problems.",
  "practice.young-person.taking-sides.sides-stay-out.label": "Say calmly that you don't want to be in the middle.",
  "practice.young-person.taking-sides.sides-stay-out.feedback":
    "Yes, if it feels safe to say. You don't have to choose between the adults in your life, and you're not responsible for their problems.",
  "practice.young-person.taking-sides.sides-tell-trusted.label":
    "Say what's being asked of you, and how it feels, to {trustedPerson}.",
  "practice.young-person.taking-sides.sides-tell-trusted.feedback":
    "Yes. Being pulled into adult conflict is a lot to carry. An adult you trust can help you work out what to do, and you don't have to deal with it alone.",
  "practice.young-person.taking-sides.sides-pick-a-side.label":
    "Pick a side, so at least one of them is happy with you.",
  "practice.young-person.taking-sides.sides-pick-a-side.feedback":
    "That pressure is real, and it's not fair on you. But taking sides can drag you further into the conflict. None of this is your fault, whoever you feel closer to.",
  "practice.young-person.younger-sibling-scared.situation":
    "The adults are fighting. Your younger brother or sister is scared and crying.",
  "practice.young-person.younger-sibling-scared.question": "What could you do?",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.label":
    "If you can do it safely, take them with you to {safePlace}.",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.feedback":
    "Yes. Getting out of the way together keeps you both safer. Only do it if you don't have to go past the fighting.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.label":
    "Go and tell the adults to stop because they're upsetting the little one.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.feedback":
    "You're looking out for them, and that's kind. But going into the fight puts you at risk, and it's not your job to stop it. Stay out of the way with them if you can.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.label":
    "Stay with them somewhere quiet, and do something calm together.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.feedback":
    "Yes. A calm voice, a game or some music can help a scared child. Their safety isn't all on you, though: it's the adults' job.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.label":
    "Later, tell {trustedPerson}. Say that your brother or sister was scared.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.feedback":
    "Yes. An adult you trust can make sure the younger ones have their own plan. It's good for everyone to know what to do.",
  "practice.young-person.phone-checked.situation":
    "Someone at home keeps going through your phone and reading your messages.",
  "practice.young-person.phone-checked.question": "What could help keep you safer?",
  "practice.young-person.phone-checked.phone-learn-numbers.label":
    "Learn the numbers you'd need by heart, so you don't have to rely on your contacts.",
  "practice.young-person.phone-checked.phone-learn-numbers.feedback":
    "Yes. If you know 999 and a trusted person's number by heart, you can get help from any phone, even if yours is taken.",
  "practice.young-person.phone-checked.phone-message-friend.label": "Message a friend about what's going on at home.",
  "practice.young-person.phone-checked.phone-message-friend.feedback":
    "Wanting to talk to a friend makes sense. But if someone reads your messages, it could make things more dangerous. It's safer to talk in person.",
  "practice.young-person.phone-checked.phone-refuse.label": "Refuse to hand it over and have it out with them.",
  "practice.young-person.phone-checked.phone-refuse.feedback":
    "Wanting privacy is completely fair. But if arguing could make things more dangerous, your safety comes first. Talk to someone you trust about it instead.",
  "practice.young-person.phone-checked.phone-talk-in-person.label":
    "Away from home, talk in person to {trustedPerson}.",
  "practice.young-person.phone-checked.phone-talk-in-person.feedback":
    "Yes. Talking face to face leaves nothing on your phone. An adult you trust can help you think about how to stay in touch safely.",
  "practice.young-person.controlling-relationship.situation":
    "The person you're going out with tells you who you can see, checks where you are, and gets angry if you don't reply straight away. They pressure you to do things you don't want to.",
  "practice.young-person.controlling-relationship.question": "What could you do?",
  "practice.young-person.controlling-relationship.relationship-go-along.label": "Go along with it. It shows they care.",
  "practice.young-person.controlling-relationship.relationship-go-along.feedback":
    "A lot of people think that at first. But caring about someone doesn't look like control. Someone who cares lets you see your friends, make your own choices, and say no.",
  "practice.young-person.controlling-relationship.relationship-talk.label": "Talk to Childline, or to {trustedPerson}.",
  "practice.young-person.controlling-relationship.relationship-talk.feedback":
    "Yes. This is not your fault, and you don't have to deal with it alone. Childline is free and private, and you can contact them online too.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.label":
    "Keep it to yourself so you don't cause any trouble.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.feedback":
    "It can feel easier to keep quiet, and many people do. But control like this often gets worse. Telling someone you trust is not causing trouble: it's how you get support.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.label":
    "If you do meet up, choose a busy place and tell a friend where you'll be.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.feedback":
    "Yes. Busy places, friends who know where you are, and a safe way to get home all help. Saying no to anything you don't want is always OK.",
  "practice.young-person.leaving-in-a-hurry.situation": "Your family has to leave home in a hurry.",
  "practice.young-person.leaving-in-a-hurry.question": "What's the best thing to do?",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.label":
    "Grab your phone, charger, any medicine you need, and one thing that matters to you.",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.feedback":
    "Yes. Take only what you need and can carry quickly. Getting out safely matters more than things.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.label":
    "Pack everything you own so nothing is left behind.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.feedback":
    "Leaving your things behind is hard. But packing takes time, and getting out safely comes first. An adult can help get other things later.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.label":
    "Keep a bag of important things ready at a trusted friend's or relative's house.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.feedback":
    "Yes. A bag kept somewhere safe means you have what you need, even if you leave with nothing. Plan it with an adult you trust.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.label":
    "Go back on your own later to get what you forgot.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.feedback":
    "Missing your things is normal. But going back alone could put you in danger. Tell an adult you trust what you need, and they can find a safe way to get it.",
  "practice.young-person.call.title": "Practise a 999 call",
  "practice.young-person.call.intro": [
    "This is a practice call, not a real one. Say your answers out loud, or take turns with an adult you trust.",
    "Knowing what to say makes a real call easier. Only call 999 if it's safe to do so.",
  ],
  "practice.young-person.call.which-service.operator": "Emergency. Which service do you need?",
  "practice.young-person.call.which-service.prompt": "Police, please.",
  "practice.young-person.call.which-service.hint":
    "Ask for the police. If someone is badly hurt, tell them, so they can send help for that too.",
  "practice.young-person.call.name.operator": "What's your name?",
  "practice.young-person.call.name.prompt": "My name is {name}.",
  "practice.young-person.call.name.hint": "Speak slowly and clearly.",
  "practice.young-person.call.address.operator": "Where are you? What's the address?",
  "practice.young-person.call.address.prompt": "I'm at {address}.",
  "practice.young-person.call.address.hint":
    "Give your full address, with the postcode. If you're not at home, say where you are.",
  "practice.young-person.call.what-is-happening.operator": "What is happening?",
  "practice.young-person.call.what-is-happening.prompt": "Someone is being hurt at my home. Please send the police.",
  "practice.young-person.call.what-is-happening.hint": "Keep it short: who is being hurt, and who is doing it.",
  "practice.young-person.call.are-you-safe.operator": "Are you safe right now?",
  "practice.young-person.call.are-you-safe.prompt": "I'm in my room with the door shut.",
  "practice.young-person.call.are-you-safe.hint":
    "Say where you are, whether you feel safe, and who else is in the house.",
  "practice.young-person.call.stay-on-the-line.operator": "Stay on the line if you can.",
  "practice.young-person.call.stay-on-the-line.prompt": "OK, I'm still here.",
  "practice.young-person.call.stay-on-the-line.hint":
    "Keep the call going and do what they tell you, as long as it's safe. If you need to stop talking, that's OK.",
  "practice.young-person.call.silentCall": [
    "If you call 999 from a mobile and can't speak, you can still get help.",
    "Stay on the line and listen. When you're asked, press 55.",
    "Pressing 55 tells them it's a real emergency, and they'll put you through to the police.",
  ],
  "practice.young-person.call.ending": [
    "Well done. You know what to say now, and that will make a real call easier.",
    "Only call 999 for real when someone is in danger or being hurt.",
  ],
  "practice.young-person.closing": [
    "What happens at home is not your fault, and it's not your job to stop it.",
    "You can practise again whenever you like.",
    "Talk about how you're feeling to Childline, or to {trustedPerson}.",
  ],
};
