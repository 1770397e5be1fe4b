/** Domain vocabulary: law, government, diplomacy, war, religion and scripture, family, body, home, food, nature, animals, weather, feelings, colours, time. */
export const ENTRIES = `
закон	law act statute rule
суд	court trial judgment tribunal
преступление	crime offence offense
наказание	punishment penalty sentence
судья	judge justice
осудить	condemn convict sentence
осуждать	condemn blame
преступник	criminal offender
незаконный	illegal unlawful illicit
правосудие	justice
справедливый	just fair
несправедливость	injustice
несправедливый	unjust unfair
свидетельство	evidence testimony certificate
свидетельствовать	testify witness
доказательство	evidence proof
обвиняемый	accused defendant
оправдать	acquit justify
оправдание	acquittal justification excuse
адвокат	lawyer attorney counsel advocate
защитник	defender protector
защищать	protect defend
защитить	protect defend
заключение	imprisonment conclusion confinement
арестовать	arrest
палач	executioner hangman
полицейский	policeman police officer
стража	guard watch
стражник	guard watchman
сторож	watchman guard keeper
власть	power authority government rule
государство	state
государственный	state public national
правитель	ruler
править	rule govern
управлять	manage govern control run
министерство	ministry
королевство	kingdom realm
царь	king tsar czar
царица	queen tsarina
царский	royal imperial
царство	kingdom reign realm
царствование	reign
император	emperor
империя	empire
императрица	empress
князь	prince duke
княгиня	princess
княжна	princess
графиня	countess
дворянин	nobleman noble
дворянство	nobility gentry
вельможа	noble grandee lord
подданный	subject
гражданство	citizenship
народ	people nation
народный	popular national folk
выборы	election
выбор	choice election
выбирать	choose chose elect select
избрать	elect choose chose chosen
избиратель	voter elector
собрание	meeting assembly gathering collection
совет	council advice
указ	decree edict
постановление	decree resolution
повеление	command
подчинение	submission subordination obedience
подчинить	subdue subordinate subject
послушание	obedience
непослушание	disobedience
бунт	revolt riot rebellion mutiny
восстание	uprising rebellion insurrection revolt
заговор	conspiracy plot
заговорщик	conspirator plotter
предатель	traitor betrayer
предательство	betrayal treachery treason
измена	treason betrayal infidelity
изменник	traitor
шпион	spy
налог	tax duty
дань	tribute
пошлина	duty fee toll
казна	treasury exchequer
казначей	treasurer
чиновник	official officer clerk bureaucrat
должность	post position office
служба	service duty
раб	slave servant bondman
рабство	slavery bondage
рабыня	slave maid
рабовладелец	slaveholder slaveowner
господин	master lord gentleman sir mister
госпожа	lady mistress madam
хозяйка	mistress hostess landlady housewife
крепостной	serf
помещик	landowner landlord squire
крестьянин	peasant
крестьянка	peasant
крестьянство	peasantry
мужик	peasant man fellow
сословие	estate class
зависимость	dependence
статья	article
пункт	point item clause
положение	position situation provision regulation
правило	rule regulation
беспорядок	disorder disturbance mess
нарушить	violate break breach
соблюдать	observe keep comply
исполнять	execute perform fulfil carry
исполнить	fulfil execute perform
запрещать	forbid forbade prohibit ban
запретить	forbid forbade forbidden prohibit ban
следствие	investigation consequence inquiry
допрос	interrogation questioning examination
допрашивать	interrogate question examine
присяга	oath
обет	vow
присяжный	juror jury
заседание	session meeting sitting
заседатель	assessor
собственник	owner proprietor
имущество	property estate possessions
владение	possession ownership estate
владеть	own possess
наследовать	inherit
печать	seal press print stamp
грамота	charter letter deed literacy
свиток	scroll
партия	party game batch
правление	rule reign government board
господство	domination dominion supremacy rule
тиран	tyrant
угнетение	oppression
гнёт	oppression yoke
иго	yoke
свергнуть	overthrow depose
освобождать	free release liberate
освободить	free release liberate deliver
освобождение	liberation release deliverance
избавить	deliver save rid
избавление	deliverance riddance
воля	will freedom liberty
неволя	captivity bondage slavery
изгнание	exile banishment expulsion
изгнать	expel exile banish drive
изгнанник	exile outcast
беглец	fugitive runaway
убежать	run ran flee fled
бегство	flight escape
побег	escape flight
спастись	escape saved
скрываться	hide hid hidden
убежище	refuge asylum shelter sanctuary
приют	shelter refuge asylum
держава	power state
государь	sovereign king lord emperor
повелитель	ruler lord master sovereign
владыка	lord master ruler sovereign
глава	head chapter chief
обсуждать	discuss
обсуждение	discussion debate
спор	dispute argument debate quarrel
ссора	quarrel
примирение	reconciliation
помирить	reconcile
уступка	concession
уступать	yield cede concede give
уступить	yield cede concede give
соглашаться	agree
согласиться	agree
отказ	refusal rejection
посредник	mediator intermediary
посредничество	mediation
иностранец	foreigner alien
внешний	external foreign outer
торговый	trade commercial merchant
угрожать	threaten menace
безопасный	safe secure
руководство	leadership guidance management
покорный	submissive obedient
покориться	submit
сдаваться	surrender
договориться	agree arrange
отмена	abolition cancellation repeal
основать	found establish
основание	foundation basis ground
основатель	founder
судебный	judicial court legal
тайный	secret covert
явный	obvious evident open
частный	private
публичный	public
высший	highest supreme higher
могущественный	powerful mighty
сила	strength force power might
мощь	power might
рабочий	worker workman working
благотворительность	charity
выступление	speech performance appearance
оратор	speaker orator
соотечественник	compatriot countryman
слух	rumor rumour hearing
донесение	report dispatch
депеша	dispatch telegram
письмо	letter
договор	treaty agreement contract
посольство	embassy
посланник	envoy messenger
послание	message epistle letter
вестник	messenger herald
гонец	messenger courier
граница	border frontier boundary
пограничный	border frontier
мир	peace world
мирный	peaceful peace civilian
война	war warfare
армия	army
войско	army troops host
судно	vessel ship
матрос	sailor seaman
полководец	commander general
вооружение	armament arms weapons
разоружение	disarmament
ружьё	gun rifle musket
пушка	cannon gun
шпага	sword rapier
сабля	sabre saber sword
порох	powder gunpowder
сражение	battle engagement
сразиться	fight fought
борьба	struggle fight
победа	victory triumph win
победить	win won defeat conquer beat
побеждать	win won defeat conquer overcome
победитель	winner victor conqueror
неприятель	enemy
противник	opponent enemy adversary
напасть	attack
нападать	attack
крепость	fortress fort stronghold
осаждать	besiege
пленник	prisoner captive
завоевание	conquest
завоеватель	conqueror
захватить	seize capture take took taken
захват	seizure capture
разбить	break broke broken smash defeat
отступать	retreat withdraw
отступление	retreat withdrawal digression
наступление	offensive advance onset
наступать	advance
отряд	detachment squad party
знамя	banner standard flag
призыв	call appeal conscription
вторжение	invasion
вторгнуться	invade
нашествие	invasion
разорение	ruin devastation
уничтожение	destruction annihilation
сжечь	burn burnt burned
грабёж	robbery plunder
грабить	rob plunder loot
добыча	prey booty loot spoil
вор	thief
воровать	steal stole stolen
кража	theft
разбойник	robber bandit brigand
насилие	violence
мститель	avenger
мстить	avenge revenge
отомстить	avenge revenge
кара	punishment retribution
карать	punish
пытка	torture
оковы	shackles chains fetters
кандалы	shackles fetters irons
темница	dungeon prison
узник	prisoner captive
тюремщик	jailer
сыщик	detective
преследование	persecution pursuit
гонение	persecution
убить	kill murder slay slew slain
убивать	kill murder slay
убийство	murder killing assassination
убийца	murderer killer assassin
удар	blow strike hit
погибнуть	perish die
гибель	death destruction ruin
кладбище	cemetery graveyard churchyard
храбрый	brave courageous valiant
храбрость	bravery courage valor
трус	coward
славный	glorious nice
честь	honour honor
поход	campaign march expedition
развалины	ruins
руины	ruins
раскопки	excavation excavations dig
летопись	chronicle annals
летописец	chronicler
предание	tradition legend
сказание	legend tale
сказка	tale story
смута	turmoil troubles sedition
междоусобица	strife
раскол	schism split
ересь	heresy
еретик	heretic
крестоносец	crusader
рыцарь	knight
оруженосец	squire
дружина	retinue guard squad
боярин	boyar noble
воевода	governor commander
казак	cossack
стрелец	archer musketeer
ополчение	militia
витязь	knight hero warrior
богатырь	hero warrior giant
древность	antiquity
старинный	old ancient
вспомнить	remember recall
забывать	forget
бог	god
божий	god divine
божественный	divine godly
святилище	sanctuary shrine
освятить	consecrate sanctify
святость	holiness sanctity
помолиться	pray
собор	cathedral council
монастырь	monastery convent cloister
монахиня	nun
жрец	priest
первосвященник	high priest
пророчество	prophecy
пророчить	prophesy
ангел	angel
бес	demon devil
блаженный	blessed
блаженство	bliss blessedness
проклятие	curse damnation
проклинать	curse damn
поверить	believe
верующий	believer faithful
неверие	unbelief disbelief
неверный	unfaithful wrong infidel
верность	loyalty fidelity faithfulness
верный	faithful loyal true
милость	mercy grace favour favor
милосердный	merciful
помиловать	pardon spare mercy
миловать	pardon spare
спаситель	saviour savior
искупление	redemption atonement
простить	forgive forgave forgiven pardon
прощать	forgive pardon
раскаяние	remorse repentance
раскаиваться	repent regret
жертва	victim sacrifice offering
жертвоприношение	sacrifice offering
всесожжение	burnt offering
алтарь	altar
жертвенник	altar
фимиам	incense
ладан	incense frankincense
миро	myrrh ointment
помазать	anoint
помазанник	anointed
распять	crucify
распятие	crucifixion crucifix
воскресить	raise resurrect
преисподняя	hell underworld
бездна	abyss deep
погибель	perdition destruction
небеса	heavens heaven
земной	earthly terrestrial
вечный	eternal everlasting
бессмертный	immortal
бессмертие	immortality
завет	covenant testament
писание	scripture writing
евангелие	gospel
ученик	student pupil disciple
учитель	teacher master
проповедь	sermon preaching
проповедник	preacher
благовествовать	preach evangelize
весть	news tidings message
притча	parable
откровение	revelation
знамение	sign portent
чудо	miracle wonder marvel
чудесный	wonderful miraculous marvellous
крестить	baptize christen
крещение	baptism
праведник	righteous saint
праведность	righteousness
беззаконие	iniquity lawlessness
злой	evil wicked angry
благой	good blessed
благо	good welfare
истинный	true real genuine
ложь	lie lies falsehood
лгать	lie lied
солгать	lie lied
лжец	liar
обман	deception deceit fraud
обмануть	deceive cheat
обманывать	deceive cheat
лукавый	evil sly wicked crafty
лукавство	cunning guile deceit
прославлять	glorify praise
поклонение	worship
идол	idol
язычник	pagan heathen
язычество	paganism
пост	fast post
поститься	fast
праздник	holiday feast festival
звон	ringing chime
благочестивый	pious godly
смирение	humility meekness
кроткий	meek gentle
гордыня	pride arrogance
тщеславие	vanity
искушение	temptation
соблазн	temptation seduction
мученик	martyr
мучение	torment torture suffering
страдание	suffering
скорбь	sorrow grief
скорбеть	grieve mourn
плач	weeping crying lament
рыдать	sob weep wept
утешение	comfort consolation solace
суета	vanity fuss bustle
пастырь	shepherd pastor
отрок	boy youth lad
дева	virgin maiden maid
блудница	harlot prostitute whore
блуд	fornication
прелюбодеяние	adultery
прелюбодей	adulterer
мытарь	publican
книжник	scribe
скиния	tabernacle
ковчег	ark
творить	create make made
творец	creator maker
создатель	creator maker
творение	creation creature work
тварь	creature
сотворение	creation
потоп	flood deluge
вечеря	supper
чаша	cup chalice bowl
сосуд	vessel
вознесение	ascension
вознестись	ascend
нисходить	descend
восходить	ascend rise rose
безумие	madness folly insanity
безумный	mad insane foolish
глупец	fool
глупость	stupidity folly foolishness
разумный	reasonable rational wise sensible
чистота	purity cleanliness
очищение	purification cleansing
очистить	cleanse purify clean
осквернить	defile desecrate profane
омыть	wash
прах	dust ashes remains
тлен	decay corruption
бренный	mortal perishable
смертный	mortal deadly
умереть	die died dead
умирать	die dying
жизнь	life
живой	alive living live
троица	trinity
благовещение	annunciation
племя	tribe
колено	knee tribe generation
род	family kind clan generation
потомство	offspring posterity progeny
первенец	firstborn
чужеземец	stranger foreigner alien
странник	wanderer pilgrim stranger
паломник	pilgrim
пришелец	stranger alien newcomer
иноземный	foreign
чужой	alien strange foreign other
вдовец	widower
нищий	beggar poor pauper
нищета	poverty misery
богач	rich
милостыня	alms charity
голод	hunger famine starvation
чума	plague pestilence
мор	pestilence plague
болезнь	illness disease sickness
больной	sick ill patient
исцелить	heal cure
исцеление	healing cure
проказа	leprosy mischief
немой	dumb mute
трон	throne
престол	throne
корона	crown
венец	crown wreath
врата	gates gate
город	town city
град	hail city
деревня	village country
торговать	trade sell sold
покупать	buy bought
цена	price cost
деньги	money
медь	copper brass
жемчуг	pearl pearls
алмаз	diamond
сокровище	treasure
клад	treasure hoard
должник	debtor
брат	brother brethren
бабушка	grandmother granny grandma
внучка	granddaughter
тётка	aunt
племянница	niece
двоюродный	cousin
ребёнок	child children baby kid
дитя	child children
младенец	baby infant babe
девушка	girl maiden
юноша	youth young lad
жених	bridegroom groom fiance
брак	marriage matrimony
жениться	marry married
развод	divorce
родственник	relative relation kinsman
родня	relatives kin
свекровь	mother
тесть	father
тёща	mother
зять	son brother
невестка	daughter sister
супруг	husband spouse
супруга	wife spouse
отечество	fatherland country
отчизна	fatherland homeland
няня	nurse nanny
кормилица	nurse
родиться	born birth
рожать	bear bore born birth
родить	bear bore born
беременный	pregnant
беременность	pregnancy
старость	age old
старик	old man
старый	old
око	eye
уста	lips mouth
язык	tongue language
ладонь	palm
ступня	foot feet
грудь	chest breast bosom
живот	stomach belly abdomen
чрево	womb belly
усы	moustache mustache
затылок	nape
висок	temple
ресница	eyelash lash
веко	eyelid
печень	liver
ноготь	nail
пот	sweat
ребро	rib edge
череп	skull
челюсть	jaw
сустав	joint
запястье	wrist
лодыжка	ankle
талия	waist
вена	vein
жила	vein sinew
слюна	saliva
желчь	bile gall
вздохнуть	sigh breathe
взгляд	look glance gaze view
взглянуть	look glance
смотреть	look watch
посмотреть	look watch
объятие	embrace arms
проснуться	wake woke awake awoke
просыпаться	wake awake
сновидение	dream
усталость	fatigue tiredness weariness
устать	tired
здоровый	healthy well sound
болеть	hurt ache ill sick
дом	house home
жилище	dwelling home abode
кухня	kitchen
гостиная	parlour drawing living room
зал	hall
сени	passage hall entry
погреб	cellar
амбар	barn granary
конюшня	stable
хлев	barn shed stable
хижина	hut cabin
шалаш	hut shelter
палатка	tent
шатёр	tent
усадьба	estate manor
поместье	estate manor
калитка	gate wicket
двор	yard court courtyard
огород	garden vegetable
изгородь	fence hedge
очаг	hearth
печь	stove oven bake
камин	fireplace
кресло	armchair chair
скамья	bench
скамейка	bench
шкаф	cupboard wardrobe closet
полка	shelf
зеркало	mirror glass
подоконник	sill windowsill
ставень	shutter
труба	pipe chimney trumpet
кирпич	brick
бревно	log
доска	board plank
топор	axe ax
верёвка	rope cord
нитка	thread
утюг	iron
метла	broom
веник	broom
тарелка	plate
нож	knife
вилка	fork
горшок	pot
котёл	kettle cauldron boiler
ключ	key spring
рубаха	shirt
пальто	coat
шуба	coat fur
башмак	shoe
туфля	shoe slipper
перчатка	glove
пояс	belt girdle waist
плащ	cloak raincoat
одеяние	garment robe attire
риза	robe vestment
ткань	cloth fabric
полотно	linen canvas cloth
шёлк	silk
шерсть	wool
одеть	dress
надеть	put wear wore
раздеться	undress
кушанье	dish food
блюдо	dish course
ужинать	sup supper dine
мясо	meat flesh
щи	soup
пирожок	pie patty
сливки	cream
сметана	cream sour
гриб	mushroom
груша	pear
вишня	cherry
мука	flour torment
тесто	dough pastry
зерно	grain corn seed
крупа	groats cereal
вино	wine
мёд	honey mead
ветчина	ham
говядина	beef
свинина	pork
баранина	mutton lamb
телятина	veal
дичь	game
икра	caviar roe
булка	roll bun loaf
каравай	loaf
лепёшка	flatbread cake
блин	pancake
варенье	jam preserves
перец	pepper
горчица	mustard
уксус	vinegar
чеснок	garlic
свёкла	beet beetroot
репа	turnip
горох	peas pea
бобы	beans
рис	rice
овёс	oats
рожь	rye
пшеница	wheat
ячмень	barley
просо	millet
слива	plum
персик	peach
абрикос	apricot
лимон	lemon
апельсин	orange
малина	raspberry
клубника	strawberry
земляника	strawberry
смородина	currant
арбуз	watermelon
дыня	melon
тыква	pumpkin gourd
мороженое	ice cream
печенье	biscuit cookie
сытый	full satisfied
вкус	taste flavour flavor
вкусный	delicious tasty
солёный	salty salted
варить	cook boil
пировать	feast
угощать	treat entertain
угощение	treat refreshment
смоковница	fig
маслина	olive
елей	oil
жать	reap press squeeze
сеять	sow sown
посеять	sow sown
плод	fruit
молния	lightning
мороз	frost
иней	frost hoarfrost rime
метель	blizzard snowstorm
вьюга	blizzard snowstorm
зной	heat sultriness
тепло	warmth heat warm
прохлада	coolness cool
сырость	damp dampness
ясный	clear bright
ливень	downpour shower
морось	drizzle
слякоть	slush
оттепель	thaw
засуха	drought
наводнение	flood
половодье	flood
сугроб	snowdrift drift
снежинка	snowflake
ураган	hurricane
смерч	tornado whirlwind
солнечный	sunny solar
душный	stuffy sultry
степь	steppe
роща	grove
бор	forest wood pine
чаща	thicket
лист	leaf sheet
ветвь	branch bough
ель	spruce fir
сирень	lilac
мох	moss
камыш	reed rush
тростник	reed cane
папоротник	fern
крапива	nettle
ромашка	camomile daisy
василёк	cornflower
колокольчик	bluebell bell
ландыш	lily
лилия	lily
фиалка	violet
мак	poppy
подсолнух	sunflower
плющ	ivy
бутон	bud
лепесток	petal
почка	bud kidney
шип	thorn spike
терн	thorn blackthorn
колос	ear spike
стебель	stem stalk
сено	hay
солома	straw
пашня	field ploughland
нива	field cornfield
борозда	furrow
плуг	plough plow
пахать	plough plow till
косить	mow
коса	braid scythe plait
пропасть	abyss precipice
овраг	ravine gully
вершина	top summit peak
склон	slope
ущелье	gorge canyon
устье	mouth estuary
исток	source
колодец	well
течение	current flow course
тропинка	path
огонь	fire
пламя	flame blaze
зола	ash ashes cinders
искра	spark
мрак	darkness gloom
заря	dawn
рассвет	dawn daybreak sunrise
закат	sunset
восход	sunrise rise
полночь	midnight
простор	space expanse
сиять	shine beam
блестеть	glitter shine sparkle
шуметь	rustle roar noise
шелест	rustle
журчать	murmur babble
таять	melt thaw
мёрзнуть	freeze froze cold
смеркаться	darken dusk
течь	flow leak run
падать	fall fell
упасть	fall fell fallen
запеть	sing sang
животное	animal beast
скот	cattle livestock
кобыла	mare
жеребёнок	foal colt
котёнок	kitten
волк	wolf
лисица	fox
кролик	rabbit
белка	squirrel
ёж	hedgehog
барсук	badger
бобр	beaver
выдра	otter
тюлень	seal
олень	deer stag reindeer
лось	elk moose
свинья	pig swine hog
поросёнок	piglet pig
баран	ram sheep
овца	sheep ewe
вол	ox oxen
телец	calf
телёнок	calf
мул	mule
змей	serpent dragon snake
птица	bird fowl
цыплёнок	chicken chick
индюк	turkey
голубь	dove pigeon
ворон	raven
соловей	nightingale
ласточка	swallow
жаворонок	lark
дрозд	thrush
кукушка	cuckoo
дятел	woodpecker
синица	tit titmouse
сова	owl
сокол	falcon
ястреб	hawk
журавль	crane
аист	stork
чайка	gull seagull
павлин	peacock
попугай	parrot
лапа	paw foot
шкура	skin hide fur
щука	pike
окунь	perch
сельдь	herring
селёдка	herring
рак	crayfish crab cancer
устрица	oyster
улитка	snail
насекомое	insect
комар	mosquito gnat
оса	wasp
муравей	ant
паук	spider
червяк	worm
саранча	locust locusts
жаба	toad
черепаха	turtle tortoise
ящерица	lizard
кит	whale
акула	shark
охота	hunting hunt desire
ловить	catch caught fish
выть	howl
мычать	moo low
кричать	shout cry scream
вопль	wail cry scream howl
стон	moan groan
стонать	moan groan
чувствовать	feel felt
почувствовать	feel felt
обрадоваться	glad rejoice
рад	glad
радостный	joyful glad
весёлый	cheerful merry gay jolly
веселье	fun merriment gaiety
веселиться	enjoy rejoice
грусть	sadness melancholy
грустить	sad
печаль	sorrow sadness grief
печальный	sad sorrowful mournful
тоска	longing anguish melancholy yearning
тоскливый	dreary melancholy
тосковать	long miss yearn
несчастье	misfortune unhappiness disaster
несчастный	unhappy miserable unfortunate wretched
страх	fear dread terror
бояться	fear afraid
испугаться	frightened afraid scared
испуг	fright fear
испуганный	frightened scared
ужасный	terrible awful horrible
страшный	terrible frightening dreadful
гневаться	angry
сердитый	angry cross
злоба	malice spite
ярость	rage fury
ненавистный	hated hateful
полюбить	love
влюбиться	love
любимый	favourite favorite beloved
возлюбленный	beloved lover
любовница	mistress lover
вражда	enmity hostility feud
нежность	tenderness
ласка	caress affection
ласковый	affectionate tender gentle
жалеть	pity regret spare
пожалеть	pity regret
сожаление	regret pity
удивление	surprise astonishment
удивляться	wonder surprised
удивиться	surprised
изумление	amazement astonishment
восхищение	admiration delight
умиление	tenderness emotion
отчаяние	despair desperation
волнение	excitement agitation emotion
волноваться	worry excited nervous
беспокойство	anxiety worry concern
тревога	anxiety alarm
смятение	confusion dismay turmoil
растерянность	confusion bewilderment
растерянный	confused bewildered
спокойствие	calm tranquility peace
тихий	quiet silent calm
одиночество	loneliness solitude
одинокий	lonely solitary alone
скучать	bored miss
обида	offence resentment insult
оскорбление	insult offence
смущение	embarrassment confusion
застенчивый	shy
равнодушие	indifference
благодарность	gratitude thanks
уверенный	confident sure
милый	dear sweet nice lovely
жестокость	cruelty
суровый	severe stern harsh
мрачный	gloomy dark grim
презрение	contempt scorn disdain
уважать	respect
почтение	respect reverence
благоговение	reverence awe
трепет	trembling awe thrill
трепетать	tremble
дрожь	trembling shiver
смелый	bold brave daring
смелость	courage boldness
робкий	timid shy
робость	timidity shyness
стыдливый	bashful modest
скромность	modesty
жадность	greed avarice
щедрость	generosity
ленивый	lazy idle
лень	laziness
трудолюбивый	industrious hardworking
терпеть	endure bear bore tolerate
цвет	colour color flower
краска	paint dye colour color
бурый	brown
розовый	pink rose
фиолетовый	purple violet
лиловый	lilac purple
оранжевый	orange
алый	scarlet red
багровый	crimson purple
пурпурный	purple crimson
малиновый	crimson raspberry
румяный	rosy ruddy
сизый	grey bluish
вороной	black
гнедой	bay
пёстрый	motley colourful colorful
смуглый	swarthy dark tanned
русый	blond fair
белокурый	blond fair
белизна	whiteness
изумрудный	emerald
лазурный	azure
бирюзовый	turquoise
бесцветный	colourless colorless
вечер	evening
январь	january
февраль	february
март	march
апрель	april
июнь	june
июль	july
август	august
сентябрь	september
октябрь	october
ноябрь	november
декабрь	december
полчаса	half hour
часы	clock watch hours
еженедельный	weekly
ежемесячный	monthly
тысячелетие	millennium
годовщина	anniversary
прежний	former previous
прежде	before formerly
вечерня	vespers
утреня	matins
обедня	mass
пустынный	deserted desolate
построить	build built
запереть	lock
отворить	open
затворить	close shut
стучать	knock
связать	tie bind bound
`;
