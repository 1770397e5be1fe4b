/** Most frequent Russian nouns of general language with their common English translations. */
export const ENTRIES = `
год	year
человек	man person human people men
люди	people men folk persons
время	time
дело	business matter affair case deed
жизнь	life lives existence
день	day
рука	hand arm
раз	time once
работа	work job labor employment
слово	word
место	place seat room spot site
лицо	face person
друг	friend
глаз	eye
вопрос	question issue matter
дом	house home building
сторона	side party
страна	country land nation
мир	world peace
случай	case occasion incident chance event
голова	head
ребёнок	child kid baby children infant
дети	children kids child
ребята	guys kids boys fellows children
сила	force strength power might
конец	end
вид	view kind sort appearance look
часть	part portion share section
город	city town
отношение	relation attitude relationship
женщина	woman women lady
деньги	money cash
земля	earth land ground soil
машина	car machine vehicle
вода	water
отец	father
час	hour
право	right law
нога	leg foot feet
решение	decision solution
дверь	door
образ	image way manner form
история	history story
власть	power authority rule
закон	law act
война	war
бог	god lord
голос	voice vote
тысяча	thousand
книга	book
возможность	opportunity possibility chance
ночь	night
стол	table desk
имя	name
область	region area field province
статья	article clause
число	number date
народ	people nation folk
жена	wife wives
развитие	development growth
суд	court trial judgment
условие	condition term
средство	means remedy tool
начало	beginning start outset
свет	light world
пора	time season
путь	way path road journey
душа	soul heart
уровень	level
связь	connection link communication tie
улица	street
вечер	evening night party
качество	quality
мысль	thought idea
дорога	road way
мать	mother
действие	action act effect
месяц	month moon
государство	state government
язык	language tongue
любовь	love
взгляд	look glance view gaze
мама	mom mother mum
век	century age
школа	school
цель	goal aim purpose target
общество	society company
деятельность	activity work
комната	room
порядок	order
письмо	letter writing
утро	morning
помощь	help aid assistance
роль	role part
рубль	ruble rouble
смысл	sense meaning point
состояние	state condition
квартира	apartment flat
орган	organ body authority
внимание	attention
тело	body
труд	labor work labour toil
сын	son
мера	measure
смерть	death
рынок	market
задача	task problem objective
предприятие	enterprise company business plant
разговор	conversation talk
правительство	government
производство	production manufacture
ответ	answer reply response
муж	husband
стена	wall
правило	rule
управление	management administration control
мужчина	man men male
партия	party batch game
совет	council advice board
счёт	account bill score count
основа	basis foundation
окно	window
хозяйство	economy household farm
член	member
глава	head chief chapter
сердце	heart
рост	growth height
дух	spirit ghost
небо	sky heaven
точка	point dot
неделя	week
ум	mind intellect wit
брат	brother
шаг	step pace
ряд	row series number line
чувство	feeling sense emotion
пример	example instance
наука	science
лето	summer
служба	service
основание	base basis ground reason foundation
сотрудник	employee staff worker colleague
девушка	girl
товарищ	comrade friend companion
бумага	paper
политика	policy politics
поле	field
отдел	department section division
опыт	experience experiment
встреча	meeting encounter
мальчик	boy
ход	course move progress
участие	participation part
воздух	air
девочка	girl
выбор	choice selection
площадь	square area
искусство	art
характер	character nature temper
срок	term period deadline time
лес	forest wood woods
картина	picture painting
пол	floor sex
край	edge region land
граница	border boundary frontier limit
оценка	assessment evaluation estimate mark
продукция	products production output
цена	price cost value
причина	reason cause
учитель	teacher
мнение	opinion view
половина	half halves
бок	side
враг	enemy foe
зал	hall room
удар	blow strike stroke hit
правда	truth
сознание	consciousness mind
знание	knowledge
природа	nature
спина	back
песня	song
свобода	freedom liberty
солнце	sun
море	sea
чай	tea
участок	plot site section area
плечо	shoulder
сцена	stage scene
палец	finger toe
запах	smell scent odor
выход	exit way output outlet
красота	beauty
строительство	construction building
руководитель	head leader manager director
специалист	specialist expert
источник	source spring
дочь	daughter
вещь	thing
угол	corner angle
ответственность	responsibility liability
оружие	weapon weapons arms
газета	newspaper paper
сон	sleep dream
огонь	fire light
пара	pair couple
номер	number room issue
линия	line
губа	lip
черта	feature trait line
знак	sign mark
игра	game play
фамилия	surname name
тема	topic subject theme
старик	old man elder
ветер	wind
беседа	conversation talk
хлеб	bread
возраст	age
снег	snow
зрение	sight vision eyesight
звук	sound
берег	shore bank coast
сумма	sum amount total
мужик	man peasant guy fellow
командир	commander
начальник	chief boss head superior
кровь	blood
дерево	tree wood
церковь	church
художник	artist painter
сестра	sister nurse
улыбка	smile
ошибка	mistake error
доля	share part fate
лист	leaf sheet leaves
семья	family
корабль	ship vessel
врач	doctor physician
кабинет	office study
подход	approach
масса	mass lot
страх	fear dread
праздник	holiday feast celebration
класс	class grade form
здание	building
поведение	behavior conduct behaviour
цветок	flower
бутылка	bottle
спор	dispute argument debate
кодекс	code
рот	mouth
судьба	fate destiny lot
мастер	master craftsman foreman
волос	hair
зуб	tooth teeth
пространство	space
учёный	scientist scholar
гость	guest visitor
союз	union alliance
список	list
способ	way method means manner
память	memory
сутки	day
лодка	boat
собака	dog
кошка	cat
тень	shadow shade
объём	volume amount size
сеть	network net chain
слеза	tear
поиск	search quest
господин	mister lord master gentleman sir
представитель	representative
шея	neck
звезда	star
хозяин	master owner host landlord
предложение	proposal offer sentence suggestion
угроза	threat menace
участник	participant member
изменение	change alteration
требование	demand requirement
представление	idea notion performance presentation
исследование	research study investigation
понятие	concept notion idea
войско	army troops forces
занятие	occupation class lesson activity
кухня	kitchen cuisine
министерство	ministry department
бой	battle fight combat
рассказ	story tale
поезд	train
корень	root
создание	creation creature
поколение	generation
вкус	taste flavor
воля	will freedom
надежда	hope
след	trace track footprint mark
повод	reason occasion cause
победа	victory win
дед	grandfather
бабушка	grandmother granny
ухо	ear
камень	stone rock
предмет	subject object item
писатель	writer author
брак	marriage defect
итог	result total sum outcome
образование	education formation
ящик	box drawer crate
понимание	understanding comprehension
соответствие	accordance conformity correspondence
знакомый	acquaintance friend
сад	garden orchard
отсутствие	absence lack
тайна	secret mystery
папа	dad father pope
подруга	friend girlfriend
стих	verse poem
кресло	armchair chair seat
пост	post fast
тюрьма	prison jail
эпоха	epoch era age
корпус	building body corps
кожа	skin leather
рубеж	border frontier line boundary
фронт	front
вариант	option version variant
господь	lord god
рисунок	drawing picture pattern
предел	limit bound
беда	trouble misfortune disaster
дождь	rain
лошадь	horse
толпа	crowd
тишина	silence quiet stillness
кровать	bed
ключ	key spring clue
вина	guilt fault blame
волна	wave
вера	faith belief
дым	smoke
пыль	dust
рыба	fish
горло	throat
лагерь	camp
мозг	brain
мост	bridge
остров	island
сосед	neighbor neighbour
столица	capital
значение	meaning importance significance value
автомобиль	car automobile vehicle
стекло	glass
весна	spring
осень	autumn fall
зима	winter
поток	flow stream
дно	bottom
глубина	depth
стакан	glass
этаж	floor storey story
стул	chair
грудь	chest breast
молоко	milk
мясо	meat
сахар	sugar
соль	salt
яблоко	apple
яйцо	egg
масло	butter oil
обед	dinner lunch
ужин	supper dinner
завтрак	breakfast
еда	food meal
пища	food
обстановка	situation atmosphere furniture setting
обстоятельство	circumstance
событие	event
явление	phenomenon occurrence
данные	data evidence
лекарство	medicine drug
болезнь	disease illness sickness
больница	hospital
здоровье	health
боль	pain ache
рана	wound
смех	laughter laugh
крик	cry shout scream
шум	noise
звонок	call bell ring
просьба	request
приказ	order command
указ	decree
договор	treaty contract agreement
соглашение	agreement accord
судья	judge referee
преступление	crime offense
преступник	criminal
наказание	punishment penalty
убийство	murder killing
убийца	murderer killer
вор	thief thieves
милиция	police militia
солдат	soldier
пистолет	pistol gun
самолёт	plane aircraft airplane
вагон	car carriage wagon
вокзал	station
билет	ticket
шоссе	highway road
река	river
озеро	lake
гора	mountain hill
холм	hill
луг	meadow
пустыня	desert wilderness
трава	grass herb
куст	bush shrub
ветка	branch twig
птица	bird
зверь	beast animal
животное	animal
волк	wolf wolves
медведь	bear
кот	cat tomcat
корова	cow
конь	horse steed
овца	sheep
свинья	pig swine
курица	chicken hen
муха	fly
облако	cloud
туча	cloud storm
луна	moon
тьма	darkness dark
темнота	darkness dark
пламя	flame fire
жара	heat
холод	cold chill
мороз	frost cold
лёд	ice
буря	storm tempest
гроза	thunderstorm storm
погода	weather
дыхание	breath breathing
вздох	sigh breath
голод	hunger famine
жажда	thirst
мечта	dream
желание	desire wish
стремление	aspiration striving desire
страсть	passion
гнев	anger wrath
злость	anger malice
радость	joy gladness delight
счастье	happiness luck fortune
горе	grief sorrow woe
печаль	sadness sorrow
тоска	longing yearning melancholy anguish
скука	boredom
стыд	shame
совесть	conscience
гордость	pride
честь	honor honour
слава	glory fame
позор	shame disgrace
уважение	respect esteem
доверие	trust confidence
сомнение	doubt
уверенность	confidence certainty
ужас	horror terror
восторг	delight rapture enthusiasm
удивление	surprise astonishment wonder
забота	care concern
тревога	anxiety alarm worry
беспокойство	anxiety worry concern trouble
покой	peace rest quiet
отдых	rest vacation holiday
усилие	effort
попытка	attempt try
успех	success
неудача	failure
поражение	defeat
борьба	struggle fight wrestling
битва	battle
сражение	battle
союзник	ally
противник	opponent adversary enemy
соперник	rival competitor
сторонник	supporter adherent
вождь	leader chief
царь	tsar czar king
король	king
королева	queen
князь	prince
граф	count earl
барин	master gentleman lord
слуга	servant
раб	slave
хозяйка	hostess mistress owner landlady
крестьянин	peasant farmer
рабочий	worker workman
купец	merchant trader
чиновник	official officer bureaucrat
священник	priest clergyman
монах	monk
поп	priest
храм	temple church
молитва	prayer
грех	sin
рай	paradise heaven
ад	hell
чёрт	devil
дьявол	devil
вечность	eternity
могила	grave tomb
похороны	funeral
гроб	coffin
кладбище	cemetery graveyard
рождение	birth
детство	childhood
юность	youth
молодость	youth
старость	age
предок	ancestor forefather
потомок	descendant
родитель	parent
родственник	relative relation
дядя	uncle
тётя	aunt
племянник	nephew
внук	grandson grandchild
жених	groom bridegroom fiance
невеста	bride fiancee
свадьба	wedding marriage
любовник	lover
супруг	spouse husband
супруга	spouse wife
вдова	widow
сирота	orphan
малыш	kid baby child toddler
младенец	baby infant
подросток	teenager adolescent youth
юноша	youth young man lad
парень	guy boy fellow lad
девка	girl wench lass
дама	lady dame
барышня	lady miss
старуха	old woman
баба	woman peasant
гражданин	citizen
житель	resident inhabitant
население	population
публика	public audience
зритель	spectator viewer audience
читатель	reader
слушатель	listener student
герой	hero character protagonist
персонаж	character
роман	novel romance affair
повесть	story novella tale
сказка	tale story fairy
поэзия	poetry
произведение	work
страница	page
строка	line
буква	letter
речь	speech
переговоры	negotiations talks
сообщение	message report communication
новость	news
известие	news tidings
слух	rumor hearing
сведения	information data
открытие	discovery opening
изобретение	invention
доказательство	proof evidence
вывод	conclusion inference
убеждение	conviction belief persuasion
замысел	plan design idea intention
намерение	intention intent
суть	essence gist point
сущность	essence entity nature
содержание	content contents maintenance
облик	appearance look image
внешность	appearance looks
выражение	expression
взор	gaze look eyes
бровь	eyebrow brow
лоб	forehead brow
щека	cheek
подбородок	chin
борода	beard
усы	mustache moustache
колено	knee
локоть	elbow
ладонь	palm hand
кулак	fist
ноготь	nail fingernail
живот	belly stomach abdomen
желудок	stomach
кость	bone
мышца	muscle
нерв	nerve
бедро	hip thigh
пятка	heel
сапог	boot
ботинок	boot shoe
туфля	shoe
одежда	clothes clothing garment
платье	dress gown
рубашка	shirt
пиджак	jacket coat
пальто	coat overcoat
куртка	jacket
шапка	hat cap
шляпа	hat
юбка	skirt
брюки	trousers pants
костюм	suit costume
карман	pocket
пуговица	button
платок	handkerchief scarf shawl
сумка	bag handbag
чемодан	suitcase
кошелёк	wallet purse
часы	watch clock
очки	glasses spectacles
кольцо	ring
зеркало	mirror
лампа	lamp
свеча	candle
печь	stove oven furnace
плита	stove plate slab
холодильник	fridge refrigerator
посуда	dishes crockery
тарелка	plate dish
чашка	cup
ложка	spoon
нож	knife knives
вилка	fork plug
кастрюля	pot saucepan
ведро	bucket pail
бочка	barrel cask
кувшин	jug pitcher
миска	bowl
диван	sofa couch
шкаф	cupboard wardrobe closet cabinet
полка	shelf shelves
ковёр	carpet rug
подушка	pillow cushion
одеяло	blanket quilt
постель	bed bedding
простыня	sheet
занавеска	curtain
потолок	ceiling
крыша	roof
крыльцо	porch steps
лестница	stairs staircase ladder
ступенька	step stair
порог	threshold doorstep
забор	fence
ворота	gate gates
двор	yard courtyard court
огород	garden
сарай	shed barn
изба	hut cottage
деревня	village countryside
село	village
посёлок	settlement village township
район	district area region
округ	district county
губерния	province
провинция	province
переулок	lane alley
проспект	avenue
магазин	shop store
лавка	shop bench
базар	market bazaar
гостиница	hotel inn
дворец	palace
замок	castle lock
башня	tower
крепость	fortress stronghold fortification
завод	factory plant works
фабрика	factory mill
мастерская	workshop studio
склад	warehouse depot store
контора	office
учреждение	institution establishment agency
училище	school college
урок	lesson class
экзамен	exam examination
ученик	pupil student disciple
преподаватель	teacher lecturer instructor
учёба	study studies learning
воспитание	upbringing education
доска	board blackboard plank
карта	map card
тетрадь	notebook
карандаш	pencil
ручка	pen handle
справка	certificate reference information
подпись	signature
печать	seal stamp press print
почта	mail post
конверт	envelope
посылка	parcel package
экран	screen
кино	cinema movies film
спектакль	performance play show
пьеса	play
актёр	actor
выставка	exhibition show
памятник	monument memorial
подарок	gift present
игрушка	toy
мяч	ball
команда	team command crew
соревнование	competition contest
тренер	coach trainer
победитель	winner victor
поездка	trip journey ride
путешествие	journey travel trip voyage
направление	direction trend
маршрут	route
движение	movement motion traffic
скорость	speed velocity
расстояние	distance
длина	length
ширина	width breadth
высота	height altitude
размер	size dimension amount
вес	weight
количество	quantity amount number
цифра	figure digit number
доход	income revenue profit
прибыль	profit gain
расход	expense expenditure consumption
затраты	costs expenses
налог	tax
долг	debt duty
валюта	currency
копейка	kopeck penny
зарплата	salary wages pay
плата	pay payment fee
оплата	payment pay
стоимость	cost value price
торговля	trade commerce
товар	goods commodity product
продукт	product
покупатель	buyer customer purchaser
продавец	seller salesman vendor
владелец	owner proprietor
собственность	property ownership
имущество	property belongings possessions
промышленность	industry
урожай	harvest crop
зерно	grain seed
работник	worker employee
служащий	employee clerk
инженер	engineer
профессия	profession occupation
должность	position post office
звание	title rank
чин	rank grade
награда	award reward prize
премия	prize bonus award
орден	order decoration
руководство	leadership management guidance guide
родина	homeland motherland country
отечество	fatherland motherland
выборы	election elections vote poll
безопасность	security safety
опасность	danger peril threat hazard
нападение	attack assault
оборона	defense defence
защита	protection defense defence
охрана	guard protection security
сторож	watchman guard
разведка	intelligence reconnaissance
плен	captivity
пленный	prisoner captive
заключённый	prisoner inmate convict
допрос	interrogation questioning
следствие	investigation consequence
следователь	investigator
прокурор	prosecutor
адвокат	lawyer attorney advocate
защитник	defender protector counsel
свидетель	witness
обвинение	accusation charge prosecution
приговор	sentence verdict
казнь	execution
жертва	victim sacrifice
больной	patient
лечение	treatment cure
существование	existence
бытие	being existence
удача	luck fortune success
несчастье	misfortune unhappiness
авария	accident crash
пожар	fire blaze
взрыв	explosion blast
выстрел	shot
пуля	bullet
снаряд	shell projectile
ракета	rocket missile
судно	vessel ship boat
флот	fleet navy
моряк	sailor seaman
лётчик	pilot airman
водитель	driver
колесо	wheel
руль	wheel helm
труба	pipe chimney trumpet tube
провод	wire cable
прибор	device instrument appliance
устройство	device structure arrangement
аппарат	apparatus device machine
инструмент	tool instrument
оборудование	equipment
техника	technology equipment technique
железо	iron
золото	gold
серебро	silver
сталь	steel
медь	copper
песок	sand
глина	clay
грязь	dirt mud filth
пятно	stain spot blot
капля	drop
лужа	puddle pool
пена	foam froth
пар	steam vapor
цвет	color colour
краска	paint dye color
луч	ray beam
блеск	shine glitter brilliance
шёпот	whisper
плач	weeping crying cry
шутка	joke jest
анекдот	joke anecdote
танец	dance
бал	ball dance
дружба	friendship
знакомство	acquaintance
свидание	date meeting rendezvous
разлука	separation parting
расставание	parting separation breakup
прощание	farewell goodbye parting
привет	greeting hello regards
поцелуй	kiss
объятие	embrace hug
ласка	caress tenderness
нежность	tenderness affection
ненависть	hatred hate
зависть	envy
ревность	jealousy
обида	offense resentment insult grievance
месть	revenge vengeance
прощение	forgiveness pardon
милость	mercy grace favor
жалость	pity compassion
сочувствие	sympathy compassion
доброта	kindness goodness
добро	good goodness
зло	evil harm
ложь	lie falsehood lies
истина	truth
обман	deception fraud deceit
секрет	secret
загадка	riddle mystery puzzle
спрос	demand
приглашение	invitation
разрешение	permission permit resolution
запрет	ban prohibition
отказ	refusal rejection denial
согласие	consent agreement harmony
обещание	promise
клятва	oath vow
обязанность	duty obligation responsibility
недостаток	shortage lack flaw defect shortcoming
достоинство	dignity merit virtue advantage
преимущество	advantage benefit superiority
польза	benefit use good
вред	harm damage
ущерб	damage loss harm
потеря	loss
убыток	loss
выгода	benefit profit advantage gain
потребность	need requirement demand
нужда	need want poverty
бедность	poverty
богатство	wealth riches
нищета	poverty misery destitution
роскошь	luxury
удобство	convenience comfort
беспорядок	disorder mess
отпуск	vacation leave holiday
каникулы	holidays vacation
столетие	century
десятилетие	decade
мгновение	moment instant
миг	moment instant
полдень	noon midday
рассвет	dawn daybreak
заря	dawn daybreak
закат	sunset decline
сумерки	twilight dusk
понедельник	monday
вторник	tuesday
среда	wednesday environment medium
четверг	thursday
пятница	friday
суббота	saturday sabbath
воскресенье	sunday
рождество	christmas nativity
пасха	easter passover
будущее	future
прошлое	past
настоящее	present
воспоминание	memory recollection reminiscence
разум	reason mind intellect
рассудок	reason mind sanity
воображение	imagination
фантазия	fantasy imagination
видение	vision
чудо	miracle wonder
нравственность	morality morals
добродетель	virtue
порок	vice defect
натура	nature temperament
привычка	habit
обычай	custom tradition
ценность	value
свойство	property quality attribute
особенность	feature peculiarity characteristic
признак	sign symptom indication feature
образец	sample model pattern example
кусок	piece bit chunk
четверть	quarter
треть	third
остаток	rest remainder residue
середина	middle center midst
вершина	top peak summit
верх	top upper
низ	bottom
поверхность	surface
круг	circle round
слой	layer stratum
степень	degree extent
ступень	step stage degree
этап	stage phase
падение	fall drop decline
подъём	rise ascent lift climb
перемена	change
поворот	turn turning
оборот	turn turnover revolution
возвращение	return
возврат	return refund
приезд	arrival
прибытие	arrival
отъезд	departure
уход	departure leaving care
приход	arrival coming parish
вход	entrance entry
появление	appearance emergence
исчезновение	disappearance
вмешательство	interference intervention
поддержка	support backing
сотрудничество	cooperation collaboration
поступок	act deed action
подвиг	feat exploit deed
задание	task assignment
поручение	errand commission assignment
последствие	consequence effect
влияние	influence effect impact
воздействие	impact effect influence
впечатление	impression
ощущение	sensation feeling
восприятие	perception
любопытство	curiosity
терпение	patience
мужество	courage bravery
смелость	courage boldness bravery
храбрость	bravery courage
трусость	cowardice
слабость	weakness
прозвище	nickname
название	name title
перевод	translation transfer
переводчик	translator interpreter
словарь	dictionary vocabulary
журнал	magazine journal log
заметка	note
записка	note
запись	record entry recording
рукопись	manuscript
певец	singer
артист	artist actor performer
режиссёр	director
снимок	picture photo snapshot
изображение	image picture
холст	canvas
рама	frame
мода	fashion vogue
прелесть	charm delight
очарование	charm enchantment
вселенная	universe
человечество	humanity mankind humankind
личность	personality person individual identity
существо	creature being essence
плоть	flesh
нос	nose
начальство	authorities superiors
председатель	chairman chair president
секретарь	secretary
коллега	colleague
помощник	assistant helper aide
заместитель	deputy
посол	ambassador envoy
приятель	friend pal buddy
незнакомец	stranger
иностранец	foreigner
беженец	refugee
путник	traveler wayfarer
путешественник	traveler traveller
странник	wanderer pilgrim
бродяга	tramp vagabond
нищий	beggar pauper
пьяница	drunkard
дурак	fool idiot
мудрец	sage wise
мудрость	wisdom
глупость	stupidity foolishness folly nonsense
безумие	madness insanity folly
сумасшедший	madman lunatic
ерунда	nonsense rubbish
чепуха	nonsense rubbish
пустяк	trifle
мелочь	trifle detail change
деталь	detail part
подробность	detail
единица	unit one
множество	multitude lot many
большинство	majority most
меньшинство	minority
совокупность	totality aggregate
целое	whole
избыток	excess surplus
запас	stock supply reserve
снабжение	supply
поставка	delivery supply
доставка	delivery
перевозка	transportation carriage transport
груз	cargo load freight burden
багаж	baggage luggage
штука	thing piece
вещество	substance matter
материя	matter fabric
ткань	fabric cloth tissue
нить	thread
верёвка	rope cord string
цепь	chain
узел	knot node unit
крючок	hook
гвоздь	nail
молоток	hammer
топор	ax axe
лопата	shovel spade
пила	saw
игла	needle
иголка	needle
ножницы	scissors
ружьё	gun rifle
винтовка	rifle
меч	sword
сабля	saber sword
щит	shield
стрела	arrow
лук	bow onion
копьё	spear lance
палка	stick cane
трость	cane stick
посох	staff
мешок	bag sack
корзина	basket
коробка	box
пакет	bag package packet
свёрток	bundle package parcel
пачка	pack packet
сундук	chest trunk
шкатулка	box casket
монета	coin
бумажник	wallet
пенсия	pension
пособие	allowance benefit textbook manual
стипендия	scholarship grant stipend
жильё	housing dwelling accommodation
жилище	dwelling abode home
хата	hut cottage
спальня	bedroom
гостиная	parlor lounge living
столовая	dining canteen
прихожая	hall hallway
ванная	bathroom bath
уборная	toilet lavatory restroom
подвал	basement cellar
чердак	attic loft
аллея	alley avenue lane
дорожка	path track lane
тропа	path trail
тропинка	path footpath trail
канава	ditch
яма	pit hole
дыра	hole
щель	crack gap slit
трещина	crack fissure
пещера	cave cavern
скала	rock cliff
утёс	cliff crag
обрыв	cliff precipice
долина	valley
равнина	plain
болото	swamp marsh bog
пруд	pond
ручей	stream brook creek
родник	spring
водопад	waterfall
залив	bay gulf
пролив	strait
полуостров	peninsula
материк	continent mainland
север	north
юг	south
восток	east
запад	west
туман	fog mist
роса	dew
иней	frost hoarfrost
вихрь	whirlwind
гром	thunder
молния	lightning zipper
радуга	rainbow
тепло	warmth heat
трудность	difficulty
сложность	complexity difficulty
препятствие	obstacle barrier hindrance
преграда	barrier obstacle
помеха	hindrance obstacle interference
ограничение	restriction limitation limit
способность	ability capacity capability
дар	gift talent
умение	skill ability
навык	skill habit
мастерство	skill mastery craftsmanship
упражнение	exercise
тренировка	training practice workout
подготовка	preparation training
учение	teaching doctrine learning
доклад	report paper lecture
отчёт	report account
заявление	statement application declaration
заявка	application request bid
жалоба	complaint
распоряжение	order instruction disposal
указание	instruction indication direction
инструкция	instruction instructions manual
постановление	resolution decree ruling
голосование	vote voting ballot
собрание	meeting assembly collection
заседание	meeting session sitting
совещание	meeting conference
съезд	congress convention
комиссия	commission committee board
объединение	association union unification
ведомство	department agency
отделение	department branch division section
филиал	branch affiliate
штаб	headquarters staff
полк	regiment
отряд	detachment squad unit
рота	company
дивизия	division
полковник	colonel
рядовой	private
боец	fighter soldier warrior
воин	warrior soldier
наступление	offensive advance attack onset
отступление	retreat digression
штурм	assault storm
осада	siege
стрельба	shooting firing fire
перемирие	truce armistice
восстание	uprising rebellion revolt insurrection
бунт	riot revolt rebellion mutiny
мятеж	rebellion mutiny revolt
переворот	coup revolution upheaval
развал	collapse breakup
распад	breakup disintegration collapse decay
гибель	death destruction ruin loss
разрушение	destruction
стройка	construction building site
восстановление	restoration recovery reconstruction
возрождение	revival rebirth renaissance
достижение	achievement accomplishment
заслуга	merit credit service
услуга	service favor
обслуживание	service maintenance
потребитель	consumer
клиент	client customer
заказ	order
сделка	deal transaction bargain
партнёр	partner
акция	share stock action campaign
акционер	shareholder stockholder
вклад	contribution deposit investment
расчёт	calculation settlement payment
обзор	review survey overview
опрос	survey poll
показатель	indicator index figure
снижение	decrease reduction decline
увеличение	increase growth rise
уменьшение	decrease reduction
сокращение	reduction cut abbreviation
повышение	increase rise promotion
улучшение	improvement
ухудшение	deterioration worsening
использование	use usage utilization
применение	application use
употребление	use usage consumption
потребление	consumption
производитель	producer manufacturer
изготовление	manufacture making production
обработка	processing treatment
переработка	processing recycling
добыча	extraction mining prey booty
нефть	oil petroleum
уголь	coal charcoal
топливо	fuel
электричество	electricity
ток	current
мощность	power capacity output
напряжение	tension voltage stress strain
давление	pressure
законодательство	legislation law
пункт	point item clause paragraph
нарушение	violation breach infringement
правонарушение	offense offence violation
штраф	fine penalty
лишение	deprivation loss
обязательство	obligation commitment
истец	plaintiff claimant
ответчик	defendant respondent
иск	claim suit lawsuit
разбирательство	proceedings trial hearing
слушание	hearing
определение	definition determination ruling
толкование	interpretation
соблюдение	observance compliance
исполнение	execution performance fulfillment
выполнение	execution fulfillment performance implementation
осуществление	implementation realization exercise
реализация	implementation realization sale
договорённость	agreement arrangement understanding
полномочие	power authority
показание	testimony evidence reading
царство	kingdom realm reign
пророк	prophet
апостол	apostle
заповедь	commandment
завет	testament covenant
святой	saint
святыня	shrine sanctuary
благодать	grace
благословение	blessing benediction
милосердие	mercy charity compassion
спасение	salvation rescue
спаситель	savior saviour redeemer
воскресение	resurrection
крест	cross
грешник	sinner
праведник	righteous just
покаяние	repentance penance
хвала	praise
пастух	shepherd herdsman
стадо	herd flock
агнец	lamb
ягнёнок	lamb
виноград	grapes grape vine
виноградник	vineyard
чаша	cup bowl chalice
трапеза	meal repast
пир	feast banquet
жатва	harvest reaping
семя	seed
плод	fruit fetus
фрукт	fruit
овощ	vegetable
картофель	potato potatoes
картошка	potato potatoes
капуста	cabbage
морковь	carrot
огурец	cucumber
помидор	tomato
ягода	berry
гриб	mushroom fungus
орех	nut walnut
каша	porridge
суп	soup
сыр	cheese
колбаса	sausage
пирог	pie cake
торт	cake
конфета	candy sweet
мёд	honey
сок	juice
пиво	beer
напиток	drink beverage
дедушка	grandfather grandpa
госпожа	lady madam mistress
сударь	sir
сотня	hundred
десяток	ten dozen
окружение	environment surroundings entourage
настроение	mood spirit
сюжет	plot story
фонд	fund foundation
конкурс	competition contest
ставка	rate bet stake
курс	course rate
кадр	frame shot personnel
штат	staff state
коллектив	team staff collective
исследователь	researcher scholar
знаток	connoisseur expert
любитель	amateur lover fan
поклонник	admirer fan
строй	system order formation
сообщество	community
сопротивление	resistance opposition
забастовка	strike
митинг	rally meeting
знамя	banner flag standard
герб	emblem crest arms
колокол	bell
фонарь	lantern lamp streetlight
огонёк	light flame
костёр	bonfire campfire fire
пепел	ash ashes
дрова	firewood wood
печка	stove
кнопка	button
автобус	bus
трамвай	tram streetcar
метро	subway underground metro
велосипед	bicycle bike
грузовик	truck lorry
телега	cart wagon
карета	carriage coach
сани	sleigh sledge sled
пароход	steamer steamship
парус	sail
весло	oar
якорь	anchor
палуба	deck
пристань	pier wharf dock
гавань	harbor harbour haven
причал	berth pier mooring
необходимость	necessity need
вероятность	probability likelihood
действительность	reality actuality
справедливость	justice fairness
равенство	equality
независимость	independence
единство	unity
целостность	integrity
устойчивость	stability sustainability
надёжность	reliability
точность	accuracy precision
ясность	clarity
простота	simplicity
важность	importance
значимость	significance importance
старание	diligence effort
присутствие	presence
наличие	presence availability
наследство	inheritance legacy heritage
наследие	heritage legacy
наследник	heir successor
завещание	will testament
преемник	successor
помещение	premises room
площадка	site ground platform playground
сооружение	structure construction building
аптека	pharmacy drugstore chemist
схема	scheme diagram chart
раздел	section part division
том	volume
издание	edition publication
издательство	publisher publishing
редакция	editorial office edition
передача	broadcast program transmission transfer
эфир	air broadcast ether
ствол	trunk barrel
кора	bark crust
берёза	birch
дуб	oak
сосна	pine
ель	fir spruce
липа	linden lime
клён	maple
тополь	poplar
ива	willow
пёс	dog hound
щенок	puppy pup
мышь	mouse mice
крыса	rat
заяц	hare rabbit
лиса	fox
змея	snake serpent
лягушка	frog
червь	worm
жук	beetle bug
пчела	bee
бабочка	butterfly
комар	mosquito
ворона	crow
воробей	sparrow
голубь	pigeon dove
орёл	eagle
лебедь	swan
утка	duck
гусь	goose geese
петух	rooster cock
бык	bull ox
козёл	goat
коза	goat
осёл	donkey ass
верблюд	camel
лев	lion
слон	elephant
обезьяна	monkey ape
олень	deer stag
кабан	boar
хвост	tail
крыло	wing
перо	feather pen
гнездо	nest
рог	horn
шерсть	wool fur coat
мех	fur
лапа	paw
копыто	hoof
клюв	beak bill
стук	knock
прыжок	jump leap
бег	run running
полёт	flight
походка	gait walk
жест	gesture
поза	pose posture
поклон	bow
кивок	nod
взмах	wave stroke swing
покупка	purchase buying
продажа	sale selling
обмен	exchange
выдача	issue delivery extradition
шеф	chief boss
труп	corpse body
общение	communication contact intercourse
разница	difference
различие	difference distinction
сходство	similarity resemblance likeness
сравнение	comparison
зависимость	dependence dependency addiction
соотношение	ratio correlation relation
равновесие	balance equilibrium
местность	area terrain locality country
окрестность	neighborhood vicinity surroundings
пейзаж	landscape scenery
столкновение	collision clash conflict
противоречие	contradiction
ссора	quarrel argument
драка	fight brawl
подозрение	suspicion
догадка	guess conjecture
предположение	assumption supposition guess
ожидание	expectation waiting anticipation
расследование	investigation inquiry
таблетка	pill tablet
укол	injection shot
медсестра	nurse
рак	cancer crayfish
простуда	cold
кашель	cough
мальчишка	boy kid lad
девчонка	girl lass
тётка	aunt woman
дочка	daughter
сынок	son sonny
батюшка	father priest
матушка	mother
старец	elder old
вечеринка	party
разведчик	scout spy
охотник	hunter
охота	hunting hunt
рыбак	fisherman
рыбалка	fishing
кузнец	blacksmith smith
портной	tailor
повар	cook chef
официант	waiter
взрослый	adult grownup
молодёжь	youth young
школьник	schoolboy pupil schoolchild
выпускник	graduate
ёлка	fir spruce tree
`;
