/**
 * The built-in passphrase word list: exactly 2048 (2^11) distinct words, so each word chosen
 * uniformly at random adds exactly 11 bits of entropy.
 *
 * Composed for this project (not copied from any published list). Every word is:
 * - lower-case a–z only, 3 to 8 letters long, common and easy to spell;
 * - easy to say aloud and hear over the phone, avoiding homophones (e.g. "sun/son", "pair/pear"),
 *   words whose spelling differs between UK and US English, and words that differ from another
 *   entry by a single easily misheard sound (e.g. only one of "cap/cab", "fan/van");
 * - neutral and calm: nature, food, objects, colours, animals, places and gentle verbs or
 *   adjectives. Nothing about violence, injury, fear, crime, drink, drugs, money worries or
 *   relationships, and no slang double meanings or brand names.
 *
 * Kept in alphabetical order. If you change it, keep exactly 2048 unique words (passphrase.test.ts
 * checks the rules above).
 */
const LIST = `
abacus able accent achieve acorn acre acrobat actor adapt add address adjust admire adorable advice agenda agile
agree airmail airport airship airy album alcove algebra allow almond alpaca alphabet amazing amber ample amuse
anchor ancient angle answer antelope antenna anthem antler anvil apex applaud apple apricot apron aqua aquarium arc
arcade arch archive archway area arena armchair armrest aroma arrange arrival arrive art artist artistic artwork
aspen assist asteroid athlete atlas atom attend attic aurora author avenue avocado award awesome awning axis axle
backpack bacon badger bag bagel bagpipe bake bakery balance balcony ballad balloon ballroom bamboo banana banjo
banner banquet barley barn barnyard barrel basil basin bask basket batch bathe bathtub bauble bay beacon beagle beak
beaker beam beanbag beanie bed beehive beetle beetroot begin beginner bell bench bendy bicycle bike binder biplane
birdbath birdsong birthday biscuit bison bistro blanket blazer blend blender blimp blink blissful bloom blossom
blouse bluebell bluebird boat bobbin bobble bold bongo bonnet bonny bonsai book bookcase bookend bookmark bookshop
bookworm boot bounce bouncy bowl bowling box bracelet bracket bramble branch brass brave bravo breathe breeze breezy
brick bridge bright brighten bring brisk bronze brook broom broth brown brownie browse brunch brush bubble bubbly
bucket buckle bud budgie buffalo buggy build bulb bun bunch bundle bungalow bunting bus busy butler butter buttery
button buzz cabbage cabin cabinet cable cactus cake calendar calf calm camel cameo camp campsite campus canal canary
candle candy canoe canopy canteen canter canvas canyon cap capable cape captain caption car caramel caravan carbon
card cardigan carefree careful carnival carol carousel carpet carriage carrot carry carton cascade cashew castle
casual cat catkin cedar celery central century ceramic chair chalk champion channel chant chapel chapter charcoal
chariot charm charming chart chat chatty cheddar cheeky cheer cheerful cheerio chef cherish cherry chess chestnut
chicken chickpea chime chimney chimp chipmunk chirp chirpy chive chorus chuckle chutney cinema circle circuit circus
citrus city clam clap clarinet clarity classic clay clean clear clever climate climb cloak clock cloth cloud cloudy
clover coach coast coastal coat cobalt cocoa coconut cocoon coffee cog colander collage collar collect college
collie comb combine comedy comet comfy comic compare compass complete compose compost concert cone confetti conker
connect console contour cook cookbook cooker copy coral corn corner cosmic cosmos costume cot cottage cotton couch
count country county cove cover crab cradle craft crane crate crater crayon cream creamy create creative crescent
cress crest cricket crisp crocus crown crumb crumble crunchy crust crystal cube cucumber culture cup cupboard
cupcake curious curl curly curry curtain curve cushion custard custom cute cycle dabble daffodil dainty dairy daisy
dance dapper daring dash dawn daydream daylight daytime dazzle decade decent decide decimal deep degree deli
delicate deliver delta deluxe den denim describe design desk desktop detour develop dewdrop diagram dial diamond dig
digger digit dill dimple dine dinner dip diploma direct director disco discover discuss dish dive divine dolphin
domino donate donkey doodle door doorbell doormat doorstep doorway dormouse dot dove dovecote doze draw drawing
dream dreamy dress drift drive driveway drizzle drum drumbeat duck duckling duckpond duet dumpling dusk duster
dustpan dusty duvet dynamic dynamo eager eagle early earth earthy easel easy echo eclipse edible edit editor eel egg
eggcup elated electric elegant elephant elf elk elm embark emblem emerald emu energy engine enjoy enormous enter
entrance envelope epic equator equinox equip errand essay estate even evening event evolve exact example exercise
exhale exhibit exotic expand expert explain explore express extend fable fabric fabulous factory fairway falcon
famous fancy fanfare farm farmer farmyard fashion fast feast feather feathery feature feed felt fence fennel fern
ferret ferry festival festive feta fetch fiction field fig figure fill finch fine finish firm first fishbowl fitness
fix fizzy flag flagpole flaky flamingo flan flannel flapjack fleet flexible flint flip float flora floral florist
flourish fluent fluffy flute flutter fly foal focus fog foggy fold folder folk folklore fond footpath forecast
forest fork formula fossil fountain fox fragrant frame freckle free freezer fresh fridge friendly frilly fritter
frog frost frosty frothy fruit fruity fudge full fun funfair funky funnel funny fuzzy gadget galaxy gallery gallop
game garage garden garland garlic garnish gateway gather gazebo gazelle gecko gem gemstone generous gentle genuine
geranium gerbil gesture gherkin giant gift gigantic giggle giraffe give glad glade glance glass gleaming gleeful
glen glide glider glimmer glimpse glisten glitter global globe glorious glossy glove glow glue goalpost gold golden
goldfish golf gondola good goose gorgeous gourd gown graceful gracious grain grammar granary grand granite granola
grape graph graphite grateful gravel gravity gravy green greenery greet greeting grid griddle grill grin grocer
groovy grove grow guess guide guitar gull gumdrop guppy gust habitat haddock haiku hallway halo ham hamlet hammock
hamper hamster handle handy happy hardy harmony harp harvest hat hatch haven hazel hazelnut headland heap hearty
heater heath heather hedge hedgehog hedgerow helium helix helpful hen henhouse herb heritage heron hexagon hike hill
hillside hilltop hilly hinge hippo historic hive hobby hockey holiday holly homemade homework honest honey honeybee
honeydew hoof hoop hoot hop hope hopeful horizon horn horse hose host hotel hover huge hum humble hurdle husky hut
ice iceberg icicle icing icon iconic icy ideal igloo iguana imagine immense improve include index indigo infinite
inhale ink inky inland insect inspire invent invite iron item ivory ivy jacket jade jam jar jasmine jaunty jazz
jazzy jelly jersey jester jet jetty jewel jingle jog jogger join joke jolly journal journey jovial joyful jug juggle
juice juicy jukebox jumble jump junction jungle junior juniper kale kangaroo kayak keen keepsake kelp kennel kestrel
ketchup kettle keyboard kilt kind kindly kingdom kiosk kipper kitchen kite kitten kiwi koala koi label lace ladder
ladle ladybird lagoon lake lakeside lamp lamppost land landing landmark lane language lantern lanyard laptop large
lark latch latte lattice laugh launch laundry lavender lavish lawn layer leaf leaflet leafy lean leapfrog learn
legend lemon lemonade lemony lemur lens lentil letter level lever library lid lido lift light likely lilac lily
lilypad lime limerick linen lion liquid listen little lively lizard loaf lobby lobster locket lodge loft lofty log
logic logical lollipop loop lorry lotus lounge loyal lucid lucky luggage lullaby lunar lunch lunchbox lupin lyric
lyrical macaroni machine mackerel magazine magenta magic magical magician magnet magnolia magpie mainland majestic
major mallard manage mandarin mandolin mango mansion mantra manual map maple marathon marble marigold marina marine
marker market maroon marsh marvel mascot massive mat mattress maypole meadow mealtime meander meaning measure
meditate medium medley meerkat mellow melodic melody melon melt mend mention mermaid message metallic meteor method
metro midday mighty mild milk milky mill millpond mindful mingle minibus minimal mint minty mirror mission mitten
mix mixer mixture mobile model modern modest mole moment monument moon moonbeam moonlit moonrise mop moped mosaic
moss mossy moth motion motor mountain mouse movie mud muddy muffin munch mural museum mushroom music musical
musician mustard mutual napkin narrator native natural nautical navigate nearby neat nebula necklace nectar neon
nest nestle netball neutral newt nibble nice nifty nimble noble nod noodle nook normal note notebook notecard
notepad notice novel nozzle number nutmeg nutshell oak oasis oat oatcake oatmeal oboe ocean octagon octave octopus
offer office olive onion opal open opera option orange orbit orchard orchid organic origami ornament ostrich otter
outfit outgoing outing outline oval oven overcoat owl owlet oyster pack paddle paddock pagoda paint paintbox palace
palm pamphlet pan pancake panda panel panorama pantry papaya paper paprika parade parasol parcel park parkland
parrot parsley parsnip party pass passage pastel pastry pasture path pathway patio pavement pavilion peaceful peach
peachy peanut pearly pebble pelican pen pencil pendant penguin pennant people peppery perch perfect perform perky
pesto petal petunia phrase piano pick pickle picnic picture pie piglet pillow pilot pin pinboard pine pinecone
pinewood pink pinwheel pioneer pippin pixel pizza placemat placid planet plant planter plate platform platter
platypus play playful playroom playtime plaza pleasant please plenty plucky plug plum plume plush pocket podcast
podium poem poetic poetry poised polar polished polite polka pollen poncho pond ponder pony poodle pool pop popcorn
popular porch porridge portable portrait pose posh positive possible post postbox postcard postcode poster postman
potato potter pottery pouch prairie prawn precious precise predict premium prepare press pretty pretzel primary
prime primrose print prism pristine project prompt proper proud provide prune pudding puddle puffin pulley pullover
pumice pumpkin pup puppet puppy pure purple purpose puzzle pyramid quack quaint quality quarter quartet quartz
question quick quiet quill quilt quirky quiz rabbit radiant radiator radio radish raffia raft rail railway rainbow
raincoat raindrop rainfall raisin rake rally ramble ranch random rapid rare rattle ready reason recall recipe
recital recite recycle reef refresh regal regatta region regular relax relay reliable relish remind renew repair
repeat reply resort rest restful restore result retro return review revise reward ribbon rice riddle ridge rinse
ripe ripple rise river riverbed roam roast robe robin robot robust rock rocket rockpool rocky roof rooftop roomy
rosemary rosy round rounders routine royal ruby rucksack rudder rug rugby rugged ruler rural russet rust rustic
saddle safari saffron saga sage sailor salad salon salsa salt salty samba samosa sample sand sandal sandbank sandbox
sandwich sandy sapling sardine satchel satin satsuma saucer save savvy scallop scarf scatter scenery scenic school
science scoop scooter screen scribble scroll scrub sculptor seabed seabird seafood seafront seagull seahorse seal
seashell season seasonal seaweed seed seedling send sensible sequin serenade serene series serve sesame settle
shamrock shape share shawl shed sheep sheet shelf shell shimmer shine shiny ship shirt shop short show shower shrimp
shuffle shuttle sift signpost silk silky silo silver silvery simmer simple sincere sing sit sizzling skate sketch
ski skip skirt sky skylark skylight skyline skyway slate sled sledge sleek sleep sleepy sleeve slide sloth slow
small smart smile smiley smooth smoothie snack snail snappy snazzy snooker snooze snorkel snow snowball snowdrop
snowfall snowman snowy snug soak soap soapy sock socket soda sofa soft soil solid solo solstice solution solve
sonata song songbird sonnet soothing sound soup souvenir space spacious spade spaniel spare spark sparkle sparrow
spatula speak speaker special speech speedy spell sphere spice spicy spin spinach spiral splash splendid sponge
spool spoon sporty spot spotless spotted spread sprig springy sprinkle sprint sprout spruce square squash squid
stable stack stadium stage stallion stamp stand stapler star stardust starfish starling starlit starry start station
statue stay steady steam steamer steer stellar stem step stew sticker still stir stone store stove straw stream
street stretch stride string stripe stripy stroll studio study sturdy style stylish sublime subtle suburb sugar
sugary suggest suitcase sultana summit sunbeam sundial sunhat sunlight sunlit sunrise sunroof sunset super supper
support supreme surprise sushi swan swap sway sweater sweep swift swim swing swirl sycamore symphony syrup tabby
table tablet tabletop taco tadpole tailor talent talk tall tan tandem tango tangy tap tape tapestry tartan taste
tasteful tasty taxi teabag teacake teach teacher teacup teal tealeaf tealight teapot teaspoon teatime teddy tempo
tennis tent terrace terrier textbook thank thankful thatch thaw theme theory thicket thimble think thistle thread
ticket tidal tidy tiger tile tilt timber timely timer tinker tinsel tiny tiptop toast toaster toasty toboggan today
toffee tofu token tomato toolbox topaz topic torch toss tote toucan tourist towel tower town tractor trade trailer
train tram tranquil travel tray treacle treasure tree treetop trek trellis trend trendy triangle tricycle trifle
trim trinket trivia trolley trombone trophy tropical trot trout truck true trumpet trunk trusty try tub tugboat
tulip tuna tundra tune tunic tunnel turkey turn turnip turret turtle tuxedo tweed twig twilight twine twinkle twirl
type typical umbrella unfold unicorn unique unite universe unpack unwind upbeat update upgrade upland uplift urban
useful utensil valley van vanilla variety velvet velvety venture venue verse vest viaduct vibrant view villa village
vinegar vintage viola violin visible vision visit visitor visual vital vitamin vivid vocal vote voyage waddle wafer
waffle wagon wake walk walkway walnut walrus waltz wardrobe warm wash water waterway wavy weekday weekend wetland
wetsuit wheat whisk whistle wicker wide widget wiggle wiggly wildlife willow win windmill window windsock windy
wintry wisdom wise wish wishbone witty wizard wobble wombat wonder wooden woodland woodwind woody wool work workshop
worthy woven wren yak yam yard yarn yawn yearbook yearly yeast yellow yodel yoga young youthful yummy zany zebra
zest zesty zigzag zip zipper zippy zone zoo zoom
`;

export const WORDS: readonly string[] = Object.freeze(LIST.trim().split(/\s+/));
