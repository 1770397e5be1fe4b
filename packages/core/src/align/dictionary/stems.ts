/**
 * The built-in dictionary stemmed (Russian stem, a tab, its English stems): written by
 * scripts/write-stems.mjs from the entry files; do not edit by hand. A test checks it is current.
 */
export const STEMS = `абрикос	apricot
абсолютн	absolut
авар	accid crash
август	august
автобус	bu
автомобил	car automobil vehicl
агнец	lamb
ад	hell
адвокат	lawyer attornei advoc counsel
аист	stork
актер	actor
акул	shark
акц	share stock action campaign
акционер	sharehold stockhold
ал	scarlet red
алле	allei avenu lane
алмаз	diamond
алтар	altar
амбар	barn granari
ангел	angel
английск	english british
анекдот	joke anecdot
апельсин	orang
апостол	apostl
аппарат	apparatu devic machin
апрел	april
аптек	pharmaci drugstor chemist
арбуз	watermelon
арендова	rent leas
арестова	arrest
арм	armi
армейск	armi
артист	artist actor perform
баб	woman peasant
бабочк	butterfli
бабушк	grandmoth granni grandma
багаж	baggag luggag
багров	crimson purpl
базар	market bazaar
бал	ball danc
бара	ram sheep
баранин	mutton lamb
барин	master gentleman lord
барсук	badger
барышн	ladi miss
батюшк	father priest
башмак	shoe
башн	tower
бег	run
бега	run ran
беглец	fugit runawai
бегств	flight escap
бед	troubl misfortun disast
бедн	poor
бедносл	poverti
бедност	poverti
бедр	hip thigh
бежа	run ran flee fled
беженец	refuge
безграничн	boundless unlimit
бездн	abyss deep
беззакон	iniqu lawless
безлюдн	desert empti
безопасн	secur safeti safe
безопасносл	secur safeti
безответствен	irrespons
безум	mad insan folli
безумн	mad insan crazi foolish
безусловн	certainli uncondition absolut
бел	white
белизн	white
белк	squirrel
белокур	blond fair
берег	shore bank coast protect save spare cherish
берегл	protect save spare cherish
бережет	protect save spare cherish
берез	birch
беремен	pregnant pregnanc
беременносл	pregnanc
береч	protect save spare cherish
бес	demon devil
бесед	convers talk
беседова	talk convers chat
бесконечн	endless infinit
бесплатн	free
беспоко	worri bother disturb
беспокойн	restless uneasi anxiou
беспокойств	anxieti worri concern troubl
бесполезн	useless futil
беспомощн	helpless
беспорядок	disord mess disturb
бессильн	powerless helpless
бессмерт	immort
бессмертн	immort
бессмыслен	meaningless senseless pointless
бессон	sleepless
бесстыдн	shameless
бесцветн	colourless colorless
бесцен	priceless invalu
бесчислен	countless innumer
бешен	mad furiou rabid
бил	beat hit strike struck
билет	ticket
бирюзов	turquois
бит	beat hit strike struck
битв	battl
благ	good bless welfar
благовествова	preach evangel
благовещен	annunci
благоговен	rever aw
благода	grace
благодар	thank
благодарн	grate thank gratitud
благодарносл	gratitud thank
благородн	nobl
благослов	bless
благословен	bless benedic
благословля	bless
благотворительн	chariti
благотворительносл	chariti
благочестив	piou godli
блажен	bless bliss
блаженств	bliss blessed
бледн	pale
бледнеет	pale
бледнел	pale
бледнет	pale
блеск	shine glitter brillianc
блест	shine glitter gleam sparkl
блестеет	shine glitter gleam sparkl
блестел	shine glitter gleam sparkl
блестет	shine glitter gleam sparkl
блестя	brilliant shine
ближ	closer nearer
ближайш	nearest next closest
близк	near close intim
блин	pancak
блуд	fornic
блудниц	harlot prostitut whore
блужда	wander roam
блюд	dish cours
бо	battl fight combat
боб	bean
бобр	beaver
бог	god lord
богат	rich wealthi
богатств	wealth rich
богатыр	hero warrior giant
богач	rich
бодр	cheer vigor brisk
бодрствова	awak watch
боев	combat battl fight
боец	fighter soldier warrior
бож	divin god
божествен	divin godli
бок	side
боков	side later
бол	pain ach ill sick hurt more
болеет	ill sick hurt ach
болезн	diseas ill sick
болезнен	pain sickli morbid
болел	ill sick hurt ach
болет	ill sick hurt ach
болот	swamp marsh bog
болта	chat chatter
больн	patient pain hurt sick ill
больниц	hospit
больш	more big larg great greater larger bigger
большинств	major most
бор	forest wood pine
бормота	mutter mumbl
бород	beard
бородат	beard
борозд	furrow
борол	fight fought struggl
борот	fight fought struggl
борьб	struggl fight wrestl
бос	barefoot
ботинок	boot shoe
бочк	barrel cask
боя	fear afraid dread
боярин	boyar nobl
брак	marriag defect matrimoni
брал	take took taken undertak
брат	brother take took taken undertak brethren
братск	brotherli fratern
бревн	log
бред	rave deliri
брен	mortal perish
брест	wander trudg
брил	shave
брит	shave
бров	eyebrow brow
брод	wander roam
бродяг	tramp vagabond
брос	throw threw thrown abandon quit rush dash
броса	throw threw thrown abandon quit rush
брызга	splash sprai
брюк	trouser pant
буд	wake woke
будущ	futur next
букв	letter
буквальн	liter
булк	roll bun loaf
бумаг	paper
бумажн	paper
бумажник	wallet
бунт	riot revolt rebellion mutini
бур	storm tempest brown
бутон	bud
бутылк	bottl
быва	be happen visit frequent
бывш	former ex
бык	bull ox
был	be wa were been
быстр	quickli fast rapidli quick rapid swift
быт	be exist wa were been
в-трет	third thirdli
вагон	car carriag wagon
важн	import signific crucial
важносл	import
важност	import
валют	currenc
валя	lie wallow
ван	bathroom bath
вар	cook boil brew
варен	jam preserv
вариант	option version variant
василек	cornflow
ваш	your
вбежа	run ran
вблиз	near nearbi
вверх	up upward abov overhead
ввест	introduc enter impos
ввод	introduc enter
вглядыва	peer gaze
вдал	distanc afar
вдво	twice doubl togeth two
вдов	widow
вдовец	widow
вдовол	plenti enough
вдохнов	inspir
вдохновля	inspir
вдруг	suddenli
ве	all whole entir everi
веда	know manag
ведомств	depart agenc
ведр	bucket pail
ведущ	lead
вежлив	polit
везд	everywher
везт	carri drive transport lucki
век	centuri ag eyelid
вел	order tell bid
велеет	order tell bid
велел	order tell bid
велет	order tell bid
велик	great
великолепн	magnific splendid superb
велосипед	bicycl bike
вельмож	nobl grande lord
вен	vein
венец	crown wreath
веник	broom
венча	wed marri
вер	faith belief believ trust religi
верблюд	camel
веревк	rope cord string
верн	right true correct faith loyal
верносл	loyalti fidel faith
верност	loyalti fidel faith
вернул	return come back restor
вернут	return come back restor
вероятн	probabl likelihood like
вероятносл	probabl likelihood
верт	spin turn twist
вертеет	spin turn twist
вертел	spin turn twist
вертет	spin turn twist
верх	top upper
верхн	upper top
верховн	suprem
вершин	top peak summit
вес	weight weigh
весел	merri fun cheerfulli merrili cheer gai jolli merriment gaieti enjoi rejoic
весен	spring
весл	oar new tide messag
весн	spring
вест	lead led conduct keep kept new tide messag
вестник	messeng herald
весьм	veri highli
ветв	branch bough
ветер	wind
ветк	branch twig
ветрен	windi
ветх	dilapid decrepit old
ветчин	ham
вечер	even night parti supper
вечеринк	parti
вечерн	even vesper
вечн	etern alwai forev everlast perpetu
вечносл	etern
вечност	etern
веша	hang hung
вещ	thing
веща	broadcast
веществ	substanc matter
взаимн	mutual reciproc
взаимодействова	interact
взбира	climb
взвес	weigh
взволнова	excit agit upset worri
взгляд	look glanc view gaze
взглянул	glanc look
взглянут	glanc look
вздох	sigh breath
вздохнул	sigh breath
вздохнут	sigh breath
вздрогнул	start shudder flinch
вздрогнут	start shudder flinch
вздыха	sigh
взима	levi charg collect
взмах	wave stroke swing
взобра	climb
взойт	rise rose ascend
взор	gaze look ey
взорва	blow explod burst
взошел	rise rose ascend
взошл	rise rose ascend
взросл	adult grownup grown
взрыв	explosion blast
взрыва	blow explod
взыва	appeal call cry
взыска	recov collect exact
взял	take took taken grab undertak
взят	take took taken grab undertak
вид	view kind sort appear look see saw seen
видеет	see saw seen
видел	see saw seen
виден	vision
видет	see saw seen
видим	appar evid visibl
видн	visibl appar evid promin
виднеет	visibl
виднел	visibl
виднет	visibl
визжа	squeal shriek
вилк	fork plug
вин	guilt fault blame wine
виноват	guilti
виновн	guilti culpabl
виноград	grape vine
виноградник	vineyard
винтовк	rifl
вис	hang hung
висеет	hang hung
висел	hang hung
висет	hang hung
висок	templ
витяз	knight hero warrior
вихр	whirlwind
вишн	cherri
вклад	contribu deposit invest
вкладыва	invest put
включ	includ turn switch
включа	includ turn switch
вкратц	briefli
вкус	tast flavor flavour
вкусн	tasti delici
вкуша	tast eat
влад	own possess master
владеет	own possess master
владел	own possess master
владелец	owner proprietor
владен	posses ownership estat
владет	own possess master
владык	lord master ruler sovereign
влажн	damp moist humid
власл	power author rule govern
власт	power author rule govern
властвова	rule domin
влезл	climb get
влезт	climb get
влия	influenc affect
влиян	influenc effect impact
влож	invest put insert
влюб	fall love
влюблен	love amor
вмест	hold contain accommod togeth
вмеша	interfer interven
вмешательств	interfer interven
вмешива	interfer interven
вмеща	hold contain accommod
вначал	first initi
внезапн	suddenli sudden
внест	bring make introduc contribut
внешн	outwardli extern outer foreign
внешносл	appear look
внешност	appear look
вниз	down downward below downstair beneath
внима	heed listen
вниман	atten
внимательн	carefulli attent close care
внов	again anew
внос	bring make introduc contribut
внук	grandson grandchild
внутр	insid within
внутрен	intern inner domest
внучк	granddaught
во-втор	second secondli
во-перв	first firstli
воврем	time
вовс	quit entir
вод	water lead led drive take
водител	driver
водн	water
водопад	waterfal
водян	water
воева	fight fought war
воевод	governor command
воен	militari war
вожд	leader chief
воз	carri drive transport
возбуд	initi excit arous
возвеща	proclaim announc
возвод	erect build
возврат	return refund
возвраща	return restor come
возвращен	return
возглав	head lead led
возглавля	head lead led
воздейств	impact effect influenc
воздержа	abstain refrain
воздержива	abstain refrain
воздух	air
воздушн	air
возлож	lai laid entrust
возлюб	love
возлюблен	belov lover
возможн	opportun possibl chanc perhap mayb
возможносл	opportun possibl chanc
вознесен	ascen
вознест	ascend
возника	aris emerg occur
возникнул	aris aros arisen emerg
возникнут	aris aros arisen emerg
возобнов	resum renew
возража	object
возраз	object retort
возраст	ag increas grow rise
возраста	increas grow rise
возрод	reviv
возрожден	reviv rebirth renaiss
воин	warrior soldier
воинск	militari
войн	war warfar
войск	armi troop forc host
войт	enter come go
вокза	station
вокруг	around round
вол	will freedom liberti ox oxen
волк	wolf wolv
волн	wave
волнен	excit agit emotion
волнова	worri nervou anxiou excit concern
волос	hair
волоч	drag
вообража	imagin fanci
воображен	imagin
вообраз	imagin
вообщ	gener
вооружен	arm armament weapon
воп	wail scream
вопл	wail cry scream howl
вопрос	question issu matter
вор	thief thiev
вороб	sparrow
ворова	steal stole stolen
ворон	crow raven black
ворот	gate
ворча	grumbl
восем	eight
восемнадца	eighteen
восемнадцат	eighteenth
восемьдес	eighti
восемьсот	hundr
воскликнул	exclaim cry
воскликнут	exclaim cry
воскрес	resurrect reviv rais
воскресен	sundai resurrec
воскреснул	rise rose risen resurrect
воскреснут	rise rose risen resurrect
воспита	rais bring
воспитан	upbring educ
воспитыва	rais bring educ
воспоминан	memori recollec reminisc
восприят	percep
восста	rise rose rebel revolt
восстава	rise rebel revolt
восстан	upris rebellion revolt insurrec
восстанавлива	restor rebuild
восстанов	restor rebuild
восстановлен	restor recoveri reconstruc
восток	east
восторг	delight raptur enthusiasm
восторжен	enthusiast raptur
восточн	eastern east
восхища	admir delight fascin
восхищен	admir delight
восход	rise rose ascend sunris
восьм	eighth
восьмидесят	eightieth
вошел	enter come go
вошл	enter come go
вперв	first
вперед	forward ahead front
впечатлен	impres
вполн	quit fulli entir
впоследств	later subsequ afterward
вправд	realli truli
впред	henceforth futur
впроч	howev though
враг	enemi foe
вражд	enmiti hostil feud
враждебн	hostil
вражеск	enemi hostil
врал	lie
врат	lie gate
врач	doctor physician
вред	harm damag hurt
вредн	harm
врем	time
времен	occasion temporari
вруч	hand present deliv
вряд	hardli unlik
все	everyth all everyon everybodi
все-так	still nevertheless yet
всевозможн	variou all
всегд	alwai ever
вселен	univers
всемирн	world worldwid univers
всемогущ	almighti omnipot
всеобщ	univers gener
всерьез	serious
всесожжен	burnt offer
вскор	soon shortli
вскоч	jump leap spring
вскрикнул	cry scream
вскрикнут	cry scream
вслед	after
вслух	aloud
всматрива	peer gaze
всплыл	surfac emerg
всплыт	surfac emerg
вспомина	rememb recal recollect
вспомн	rememb recal recollect
вспыхнул	flare flash blaze
вспыхнут	flare flash blaze
встав	insert put
встава	get stand stood rise rose
встал	get stand stood rise rose
встат	get stand stood rise rose
встрет	meet met encount
встреч	meet encount
встреча	meet met encount greet occur date
встречн	oncom counter
вступ	enter join
вступа	enter join
всхлипыва	sob
всюд	everywher
всяк	ani everi all
всяческ	all everi
втор	second
вторгнул	invad intrud
вторгнут	invad intrud
вторжен	invasion
вторник	tuesdai
втро	three tripl togeth
вход	entranc entri enter come go
вчер	yesterdai
вчерашн	yesterdai
вы	you your
выбежа	run ran
выбира	choos chose chosen select elect
выбор	choic selec elec vote poll
выбра	choos chose chosen select elect
вывест	lead led take bring
вывод	conclusion infer lead led take conclud
выгляд	look seem appear
выглядеет	look seem appear
выглядел	look seem appear
выглядет	look seem appear
выглянул	look peep
выглянут	look peep
выгод	benefit profit advantag gain
выгодн	profit advantag
выда	give issu betrai outstand promin emin
выдава	give issu betrai
выдач	issu deliveri extradi
выдел	alloc singl highlight
выделя	alloc distinguish emphas stand
выдержа	withstand endur bear stand
выдр	otter
выдума	invent fabric
выж	surviv
выжива	surviv
вызва	caus call summon provok
выздоравлива	recov
выздоров	recov
выздоровеет	recov
выздоровел	recov
выздоровет	recov
вызыва	caus call summon provok
выигра	win won gain
выигрыва	win won gain
выйт	go come leav exit
выл	howl wail
вылезт	climb crawl
вылет	fly depart
вылетеет	fly depart
вылетел	fly depart
вылетет	fly depart
вылеч	cure heal
вым	wash
вынест	carri take bear endur
вынима	take pull
вынос	carri take bear endur
вынуд	forc compel
вынужда	forc compel
вынул	take pull
вынут	take pull
вып	drink drank drunk
выпасл	fall fell drop
выпаст	fall fell drop
выплат	pai paid
выплачива	pai paid
выполн	fulfil perform execut
выполнен	execu fulfil perform implement
выполня	fulfil perform execut carri
выпрям	straighten
выпуска	releas issu produc
выпускник	graduat
выпуст	releas issu produc
выража	express
выражен	expres
выраз	express
выраст	grow grew grown rais
выращива	grow rais cultiv
вырва	escap break burst pull tear extract
выскоч	jump leap
высок	high tall lofti
высот	height altitud
высохнул	dry
высохнут	dry
выставк	exhibi show
выстрел	shot shoot fire
выступ	speak perform act
выступа	speak perform act appear
выступлен	speech perform appear
высш	highest higher suprem
выт	howl wail
вытащ	pull drag extract
вытер	wipe dry
вытереет	wipe dry
вытерел	wipe dry
вытерет	wipe dry
вытира	wipe dry
выход	exit wai output outlet go come leav
вычесл	subtract deduct
вычест	subtract deduct
вычисл	calcul comput
выш	higher abov
вышел	go come leav exit
вышл	go come leav exit
выясн	find ascertain clarifi turn emerg
выясня	find ascertain clarifi
вьюг	blizzard snowstorm
вяза	knit tie
вял	sluggish limp listless
вянул	wither fade
вянут	wither fade
гаван	harbor harbour haven
гадк	nasti vile
газет	newspap paper
гаснул	fade die
гаснут	fade die
гвозд	nail
где	where
гениальн	brilliant geniu
гер	hero charact protagonist
герб	emblem crest arm
гибел	death destruc ruin loss
гибк	flexibl
гибнул	perish die
гибнут	perish die
гигантск	gigant giant huge
глав	head chief chapter
главн	main chief princip head
глад	iron stroke
гладк	smooth
глаз	ey
глин	clai
глота	swallow
глубин	depth
глубок	deepli deep profound
глуп	stupid foolish silli
глупец	fool
глупосл	stupid foolish folli nonsens
глупост	stupid foolish folli nonsens
глух	deaf
гляд	look gaze
глядеет	look gaze
глядел	look gaze
глядет	look gaze
глянул	glanc look
глянут	glanc look
гнал	chase drive drove driven
гнат	chase drive drove driven
гнев	anger wrath
гнева	angri
гнед	bai
гнезд	nest
гнет	oppres yoke
гнил	rot decai rotten
гнит	rot decai
говор	sai said speak talk tell
говядин	beef
год	year fit suit serv
годовщин	anniversari
гол	nake bare nude
голов	head
голод	hunger famin starvat
голода	starv hunger
голодн	hungri
голос	voic vote
голосова	vote
голосован	vote ballot
голуб	pigeon dove blue
гонен	persecu
гонец	messeng courier
гор	mountain hill grief sorrow woe burn burnt
горазд	much far
горд	proud proudli
гордосл	pride
гордост	pride
гордын	pride arrog
горева	griev mourn
гореет	burn burnt
горел	burn burnt
горет	burn burnt
горл	throat
горн	mountain
город	citi town
городск	urban citi town
горох	pea
горчиц	mustard
горшок	pot
горьк	bitterli bitter
горяч	hotli warmli ardent hot
госл	guest visitor
господ	lord god
господин	mister lord master gentleman sir
господск	master lordli
господств	domin dominion supremaci rule
господствова	domin prevail
госпож	ladi madam mistress
гост	guest visitor stai visit
гостеприимн	hospit
гостин	parlor loung live parlour draw room
гостиниц	hotel inn
государ	sovereign king lord emperor
государств	state govern
государствен	state public govern nation
готов	prepar cook readi
граб	rob plunder loot
грабеж	robberi plunder
град	hail citi
гражданин	citizen
гражданск	civil civilian
гражданств	citizenship
грамот	charter letter deed literaci
грамотн	liter compet
границ	border boundari frontier limit
граф	count earl
графин	countess
греет	warm heat
грел	warm heat
грем	thunder rumbl
гремеет	thunder rumbl
гремел	thunder rumbl
гремет	thunder rumbl
грест	row rake
грет	warm heat
грех	sin
греческ	greek
греш	sin
грешн	sin
грешник	sinner
гриб	mushroom fungu
грит	warm heat
гроб	coffin
гроз	thunderstorm storm threaten
гром	thunder
громадн	huge enorm
громк	loudli aloud loud
груб	rude roughli rough coars
груд	chest breast bosom
груз	cargo load freight burden
грузовик	truck lorri
грусл	sad melancholi
груст	sad griev melancholi
грустн	sadli sad
груш	pear
гряз	dirt mud filth
грязн	dirti filthi
грят	warm heat
гу	goos gees
губ	lip ruin destroi
губерн	provinc
гуд	hum buzz honk
гудеет	hum buzz honk
гудел	hum buzz honk
гудет	hum buzz honk
гуля	walk stroll
густ	thick dens
да	ye
дав	press crush squeez
дава	give gave given let
давлен	pressur
давн	long ago
давным-давн	long ago
даж	even
дал	give gave given let further
далек	far awai distant remot
дальн	far distant remot further subsequ
дальш	further farther
дам	ladi dame
дан	data evid given thi tribut
дар	gift talent give present free vain
дат	give gave given let
два	two
двадца	twenti
двадцат	twentieth
дважд	twice
двенадца	twelv
двенадцат	twelfth
двер	door
двест	hundr
двига	move
движен	movement motion traffic
двинул	move
двинут	move
дво	two
двойн	doubl dual twofold
двор	yard courtyard court
дворец	palac
дворянин	nobleman nobl
дворянск	nobl
дворянств	nobil gentri
двоюродн	cousin
дев	virgin maiden maid
девк	girl wench lass
девочк	girl
девушк	girl maiden
девчонк	girl lass
девя	nine
девян	nineti ninetieth
девят	ninth
девятнадца	nineteen
девятнадцат	nineteenth
девятьсот	hundr
дед	grandfath
дедушк	grandfath grandpa
действ	action act effect current valid
действительн	realiti actual realli inde truli real valid
действительносл	realiti actual
действова	act oper work
декабр	decemb
дел	busi matter affair case deed divid share
дела	do make did done made becom get
ден	dai
денежн	monetari monei cash
деньг	monei cash
депеш	dispatch telegram
дерев	tree wood
деревенск	villag rural countri
деревн	villag countrysid countri
деревя	wooden wood
держа	hold held keep kept
держав	power state
деся	ten
десят	tenth
десятилет	decad
десяток	ten dozen
дет	children kid child
детал	detail part
детск	child children childish
детств	childhood
дешев	cheap
деятельн	activ work
деятельносл	activ work
дива	sofa couch
дивиз	division
дик	wild savag
дит	child children
дич	game
длил	last
длин	length long
длит	last
длительн	long lengthi prolong
дневн	dai daili
днем	dai afternoon
дно	bottom
до	milk
доб	achiev obtain attain extract get
добав	add
добавля	add
добива	seek achiev strive
добр	good kind
добра	reach get
добровольн	voluntari
добродетел	virtu
добродушн	kind amiabl
доброт	kind good
добыва	extract mine obtain
добыч	extrac mine prei booti loot spoil
довер	trust confid entrust
доверя	trust
довест	bring lead drive
довольн	rather quit fairli enough pleas satisfi content
догада	guess
догадк	guess conjectur
догадыва	guess suspect
догна	catch overtak
договарива	agre negoti arrang
договор	treati contract agreement agre arrang negoti
договорен	agreement arrang understand
договоренносл	agreement arrang understand
догоня	catch overtak chase
дожд	rain
дожда	wait await
дождлив	raini
дойт	reach get
доказа	prove
доказательств	proof evid
доказыва	prove argu
доклад	report paper lectur
докладыва	report
дол	share part fate
долг	debt duti long
долж	must should ow
должн	due proper
должник	debtor
должносл	position post offic
должност	position post offic
долин	vallei
долож	report
дом	hous home build
домашн	home domest
донесен	report dispatch
донест	carri report inform
донос	come drift reach report inform carri
донын	hitherto
допрашива	interrog question examin
допрос	interrog question examin
допуска	allow admit assum
допуст	allow admit assum
дорог	road wai dear expens
дорожк	path track lane
досел	hitherto
доск	board blackboard plank
доста	get reach take obtain
достав	deliv bring brought
достава	get reach take
доставк	deliveri
доставля	deliv bring
достаточн	enough suffici adequ
достига	reach achiev attain
достигнул	reach achiev attain
достигнут	reach achiev attain
достижен	achiev accomplish
достич	reach achiev attain
достоинств	digniti merit virtu advantag
достойн	worthi deserv
доход	incom revenu profit reach get
доч	daughter
дочк	daughter
дошел	reach get
дошл	reach get
драгоцен	preciou
дразн	teas
драк	fight brawl
драл	fight fought
драт	fight fought
древн	ancient
древносл	antiqu
древност	antiqu
дров	firewood wood
дрож	trembl shiver
дрожа	trembl shake shook shiver
дрозд	thrush
друг	friend other anoth differ els
друж	friend
дружб	friendship
дружеск	friendli
дружин	retinu guard squad
дружн	friendli unit
дуб	oak
дул	blow blew blown
дума	think thought
дурак	fool idiot
дурн	bad evil
дут	blow blew blown
дух	spirit ghost
духовн	spiritu
душ	soul heart
душевн	mental spiritu heartfelt
душн	stuffi sultri
дым	smoke
дын	melon
дыр	hole
дыхан	breath
дыша	breath
дьявол	devil
дюжин	dozen
дяд	uncl
дятел	woodpeck
евангел	gospel
еврейск	jewish hebrew
ег	hi it
ед	food meal
едв	bare hardli scarc
един	singl unit unifi on
единиц	unit on
единств	uniti
единствен	onli sole singl
еж	hedgehog
ежегодн	annual yearli
ежедневн	daili
ежемесячн	monthli
еженедельн	weekli
езд	ride drive travel go
ел	fir spruce bare hardli oil
елк	fir spruce tree
ер	heresi
еретик	heret
ерунд	nonsens rubbish
есл	eat at eaten
ест	eat at eaten
естествен	natur
еха	go ride drive travel
ещ	still yet more els
жаб	toad
жаворонок	lark
жадн	greedili eagerli greedi
жадносл	greed avaric
жадност	greed avaric
жажд	thirst
жажда	thirst crave long
жал	regret piti sorri spare press squeez shake reap
жалеет	regret piti sorri spare
жалел	regret piti sorri spare
жалет	regret piti sorri spare
жалк	piti miser pathet wretch
жалоб	complaint
жалова	complain
жалосл	piti compas
жалост	piti compas
жар	heat fry roast
жарен	fri roast
жарк	hot
жат	press squeez shake reap
жатв	harvest reap
ждал	wait await expect
ждат	wait await expect
жева	chew
жела	wish desir welcom
желан	desir wish
желательн	desir
желез	iron
железн	iron
железнодорожн	railwai railroad
желт	yellow
желудок	stomach
желч	bile gall
жемчуг	pearl
жен	wife wive groom bridegroom fianc marri
женат	marri
женск	femal women feminin
женщин	woman women ladi
жеребенок	foal colt
жертв	victim sacrific offer
жертвенник	altar
жертвова	sacrific donat
жертвоприношен	sacrific offer
жест	gestur
жестк	hard tough rigid harsh
жесток	cruelli cruel cruelti
жестокосл	cruelti
жив	vividli live briskli aliv
живот	belli stomach abdomen
животн	anim beast
жидк	liquid
жизн	life live exist
жил	hous dwell accommod live vein sinew
жилищ	dwell abod home
жирн	fat fatti greasi
жит	live dwell
жител	resid inhabit
жрец	priest
жужжа	buzz hum
жук	beetl bug
журавл	crane
журна	magazin journal log
журча	murmur babbl
заб	forget forgot forgotten
забастовк	strike
заберемен	pregnant conceiv
забеременеет	pregnant conceiv
забеременел	pregnant conceiv
забеременет	pregnant conceiv
забира	take collect
заблуд	lost
забол	ill sick fall
заболеет	ill sick fall
заболел	ill sick fall
заболет	ill sick fall
забор	fenc
забот	care concern look
забра	take took taken
забыва	forget forgot forgotten
забыт	forgotten
завар	brew
завер	assur certifi
завернул	wrap turn
завернут	wrap turn
заверш	complet finish conclud
заверша	complet finish
завест	start take lead acquir
завет	testament coven
завеща	bequeath will
завещан	will testament
завидова	envi
завис	depend
зависеет	depend
зависел	depend
зависет	depend
зависим	depend addic
зависимосл	depend addic
зависл	envi
завист	envi
завод	factori plant work start wind acquir
завоева	conquer win won
завоеван	conquest
завоевател	conqueror
завтр	tomorrow
завтрак	breakfast
завтрака	breakfast
завтрашн	tomorrow
завяза	tie knot
загадк	riddl mysteri puzzl
заглядыва	look peep
заглянул	look peep drop
заглянут	look peep drop
заговор	speak talk begin conspiraci plot
заговорщик	conspir plotter
загор	catch ignit light
загореет	catch ignit light
загорел	catch ignit light
загорет	catch ignit light
зад	touch hurt brush
зада	set ask give
задава	set ask
задан	task assign
задач	task problem object
задеет	touch hurt brush
задел	touch hurt brush
задержа	delai detain hold
задержива	delai detain
задет	touch hurt brush
задн	back rear
задолжа	ow
задума	think ponder wonder conceiv plan intend
задумчив	thought pensiv
зажгл	light lit ignit
зажег	light lit ignit
зажеч	light lit ignit
зажжет	light lit ignit
заинтересова	interest
зайт	come call drop enter
заказ	order
заказа	order
заказыва	order
заканчива	finish complet end
закат	sunset declin
заключ	conclud imprison enclos
заключа	conclud contain consist lie
заключен	prison inmat convict imprison conclusion confin
закон	law act legal legitim statut rule
законодательств	legisl law
законч	finish complet end
закр	close shut
закрыва	close shut
закрыт	close shut
закур	light smoke
зал	hall room bai gulf
замедл	slow
замен	replac substitut
заменя	replac substitut
замер	freez froze stop
замереет	freez froze stop
замерел	freez froze stop
замерет	freez froze stop
замерза	freez froze frozen
замерзнул	freez froze frozen
замерзнут	freez froze frozen
заместител	deputi
замет	notic note remark observ
заметк	note
заметн	notic visibl
замеча	notic note remark observ
замечательн	wonderfulli remark wonder excel
замира	freez stop
замок	castl lock
замолча	silent stop
замысел	plan design idea inten
замышля	plot scheme
занавеск	curtain
занима	studi engag practic occupi take borrow
занов	anew again afresh
заня	take start begin engag occupi borrow
занят	occup class lesson activ busi occupi
зап	smell scent odor record entri sing sang
запад	west
западн	western west
запас	stock suppli reserv
запеет	sing sang
запел	sing sang
запер	lock
запереет	lock
заперел	lock
заперет	lock
запет	sing sang
записа	write record note
записк	note
записыва	write record note
заплака	cry weep wept
заплат	pai paid
заповед	command
заподозр	suspect
заполн	fill
заполня	fill
запомина	rememb memor
запомн	rememb memor
запрет	ban prohibi forbid forbad prohibit forbidden
запреща	forbid prohibit ban forbad
запуска	launch start
запуст	launch start
запяст	wrist
зар	dawn daybreak
зарабатыва	earn make
заработа	earn make
заран	beforehand advanc
зареза	stab slaughter
зарплат	salari wage pai
зарубежн	foreign oversea
заседан	meet session sit
заседател	assessor
заслуг	merit credit servic
заслуж	earn deserv
заслужива	deserv merit
засмея	laugh
заснул	asleep sleep slept
заснут	asleep sleep slept
заст	freez froze stiffen
застав	forc make made compel
заставля	forc make made compel
застегнул	button fasten
застегнут	button fasten
застенчив	shy
застрел	shoot shot
засух	drought
зат	then next
затвор	close shut
затрагива	affect touch concern
затрат	cost expens
затронул	affect touch concern
затронут	affect touch concern
затрудня	hamper complic
затылок	nape
захват	seiz captur take took taken seizur
захватыва	seiz captur
заход	come call drop set
захот	want wish feel
захотеет	want wish feel
захотел	want wish feel
захотет	want wish feel
захохота	laugh
зач	why
зачаст	often frequent
зашел	come call drop enter
зашл	come call drop enter
защит	protec defens defenc defend protect
защитник	defend protector counsel
защища	defend protect
заяв	declar state announc
заявк	applic request bid
заявлен	statement applic declar
заявля	declar state claim
заяц	hare rabbit
звал	call name summon
зван	titl rank
зват	call name summon
звезд	star
звездн	starri star
звен	ring rang
звенеет	ring rang
звенел	ring rang
звенет	ring rang
звер	beast anim
звон	call ring rang phone chime
звонк	ring sonor
звонок	call bell ring
звук	sound
звуча	sound ring
здан	build
зде	here
здешн	local
здоров	health healthi sound well
здорова	greet
здрав	sound sane
зева	yawn
зелен	green
земл	earth land ground soil
земляник	strawberri
земн	earthli earth terrestri
зерка	mirror glass
зерн	grain seed corn
зим	winter
зимн	winter
злил	angri anger annoi
злит	angri anger annoi
зло	evil harm angri wick
злоб	malic spite
злобн	malici viciou spite
злосл	anger malic
злост	anger malic
зме	snake serpent dragon
знак	sign mark
знаком	acquaint friend meet introduc familiar
знакомств	acquaint
знал	know knew known
знам	banner flag standard
знамен	sign portent
знаменит	famou celebr renown
знан	knowledg
знат	know knew known
знатн	nobl
знаток	connoisseur expert
знач	mean meant
значен	mean import signific valu
значим	signific import
значимосл	signific import
значительн	consider significantli signific
зно	heat sultri
зол	ash cinder
золот	gold golden
зрел	matur ripe
зрен	sight vision eyesight
зрител	spectat viewer audienc
зря	vain
зуб	tooth teeth
зял	son brother
зят	son brother
ив	willow
иг	yoke
игл	needl
иголк	needl
игр	game plai
игра	plai
игрушк	toi
идет	go walk went gone come
идол	idol
идт	go walk went gone come
идут	go walk went gone come
изб	hut cottag
избав	rid free deliv save
избавлен	deliver riddanc
избавля	rid free deliv save
избега	avoid escap shun
избежа	avoid escap
избира	elect choos
избирател	voter elector
избирательн	elector elec select
избра	elect choos chose chosen
избыток	excess surplu
извест	new tide notifi inform
известн	known famou renown
извин	apolog
извиня	excus forgiv apolog
изгна	expel exil banish drive
изгнан	exil banish expul
изгнанник	exil outcast
изгород	fenc hedg
изготавлива	manufactur make produc
изготов	manufactur make produc
изготовлен	manufactur make produc
изда	publish issu distanc afar
издава	publish issu
издавн	long
издалек	afar distanc
издан	edition public
издательств	publish
издева	mock torment
изм	treason betray infidel
измен	chang alter betrai
изменен	chang alter
изменник	traitor
изменя	chang alter betrai vari
измер	measur
измеря	measur
измучен	exhaust torment
изобража	depict portrai repres
изображен	imag pictur
изобраз	depict portrai repres
изобрест	invent
изобретен	inven
изредк	occasion rare
изумлен	amaz astonish
изумрудн	emerald
изуч	studi learn examin
изуча	studi learn examin
изъя	seiz withdraw confisc
изящн	eleg grace
икр	caviar roe
им	name have had own possess
имеет	have had own possess
имел	have had own possess
имен	exactli precis name
имет	have had own possess
импер	empir
император	emperor
императорск	imperi
императриц	empress
имуществ	properti belong posses estat
ин	frost hoarfrost other differ anoth rime
инач	otherwis differ els
индюк	turkei
инженер	engin
иногд	sometim
иноземн	foreign
иностра	foreign
иностранец	foreign alien
инструкц	instruc manual
инструмент	tool instrument
интересн	interest
интересова	interest
иск	claim suit lawsuit
иска	look seek sought search
исключ	exclud expel
исключа	exclud rule
исключительн	excep exclus
искр	spark
искрен	sincer candid
искуп	redeem aton
искуплен	redemp aton
искусств	art
искусствен	artifici
искуша	tempt
искушен	temptat
испанск	spanish
испачка	soil stain dirti
испек	bake
испекл	bake
испеч	bake
испечет	bake
исполн	perform fulfil execut
исполнен	execu perform fulfil
исполня	perform fulfil execut carri
использова	us emploi util
использован	us usag util
испорт	spoil ruin damag
исправ	correct fix rectifi
исправля	correct fix
испуг	fright fear
испуга	frighten scare afraid
испыта	experi feel test
испытыва	experi feel test
исследова	research investig explor studi examin
исследован	research studi investig
исследовател	research scholar
истец	plaintiff claimant
истин	truth true genuin real
исток	sourc
истолкова	interpret
истор	histori stori
источник	sourc spring
истреб	destroi extermin
исходн	initi origin
исцел	heal cure
исцелен	heal cure
исчеза	disappear vanish
исчезновен	disappear
исчезнул	disappear vanish
исчезнут	disappear vanish
исчерпа	exhaust
итальянск	italian
итог	result total sum outcom
их	their
июл	juli
июн	june
каба	boar
кабинет	offic studi
кадр	frame shot personnel
кажд	each everi
каза	seem appear
казак	cossack
казн	execu execut treasuri exchequ
казнач	treasur
как	what which how as like
какой-либ	ani
какой-нибуд	ani some
какой-т	some certain
калитк	gate wicket
камен	stone rock
камин	fireplac
камыш	reed rush
канав	ditch
кандал	shackl fetter iron
каникул	holidai vacat
капа	drip
капл	drop
капуст	cabbag
кар	punish retribu
кара	punish
карабка	climb scrambl
карава	loaf
карандаш	pencil
карет	carriag coach
карма	pocket
карт	map card
картин	pictur paint
картофел	potato
картошк	potato
каса	concern touch
кастрюл	pot saucepan
кат	roll
ката	ride skate roll
кача	rock swing shake pump
качеств	qualiti
каш	porridg
кашел	cough
кашля	cough
кая	repent
квадратн	squar
квартир	apart flat
кива	nod
кивнул	nod
кивнут	nod
кивок	nod
кида	throw threw
кин	cinema movi film
кинул	rush dash
кинут	rush dash
кип	boil
кипеет	boil
кипел	boil
кипет	boil
кипят	boil
кирпич	brick
кисл	sour
кит	whale
китайск	chines
клад	treasur hoard
кладбищ	cemeteri graveyard churchyard
кланя	bow
класл	put lai laid
класс	class grade form
класт	put lai laid
клен	mapl
клиент	client custom
клубник	strawberri
клюв	beak bill
ключ	kei spring clue
ключев	kei
клясл	swear swore sworn vow
кляст	swear swore sworn vow
клятв	oath vow
книг	book
книжн	book bookish
книжник	scribe
кнопк	button
княгин	princess
княжеск	princ
княжн	princess
княз	princ duke
коб	mare
коварн	insidi treacher
ковер	carpet rug
ковчег	ark
когд	when
когда-т	onc
кодекс	code
кое-кт	somebodi someon
кое-чт	someth
кож	skin leather
кожан	leather
коз	goat
козел	goat
кол	knee tribe gener
колбас	sausag
колдова	conjur
колеба	hesit waver fluctuat
колес	wheel
количеств	quantiti amount number
коллег	colleagu
коллект	team staff collect
колодец	well
колокол	bell
колокольчик	bluebel bell
колол	prick stab chop
колос	ear spike
колот	prick stab chop
кольц	ring
команд	team command crew
командир	command
командова	command
комар	mosquito gnat
комисс	commis committe board
комнат	room
кон	hors steed
конверт	envelop
конец	end
конечн	cours certainli sure final finit
конкурирова	compet
конкурс	competi contest
контор	offic
конфет	candi sweet
конч	finish end
конча	end
конюшн	stabl
коп	spear lanc
копа	dig dug
копейк	kopeck penni
копыт	hoof
кор	bark crust
корабл	ship vessel
корен	root radic fundament nativ indigen
корзин	basket
коричнев	brown
корм	feed fed
кормилиц	nurs
коробк	box
коров	cow
корол	king
королев	queen
королевск	royal king
королевств	kingdom realm
корон	crown
коротк	briefli shortli short brief
корпус	build bodi corp
кос	mow braid scyth plait
косвен	indirect
косл	bone
коснул	touch concern
коснут	touch concern
кост	bone
костер	bonfir campfir fire
костюм	suit costum
кот	cat tomcat
котел	kettl cauldron boiler
котенок	kitten
котор	which who that
кошелек	wallet purs
кошк	cat
кра	edg region land
краж	theft
крайн	extrem last outermost
крапив	nettl
крас	paint dye
красив	beautifulli beauti handsom pretti
краск	paint dye color colour
красл	steal stole stolen
красн	blush redden red
краснеет	blush redden
краснел	blush redden
краснет	blush redden
красот	beauti
краст	steal stole stolen
кратк	briefli brief short concis
крепк	firmli tightli soundli strong firm sturdi
крепосл	fortress stronghold fortif fort
крепост	fortress stronghold fortif fort
крепостн	serf
кресл	armchair chair seat
крест	cross baptiz christen
крестоносец	crusad
крестьянин	peasant farmer
крестьянк	peasant
крестьянск	peasant
крестьянств	peasantri
крещен	baptism
крив	crook curv
крик	cry shout scream
крикнул	shout cry scream yell
крикнут	shout cry scream yell
крича	shout cry scream yell
кров	blood
крова	bed
кровав	bloodi
кровн	blood
кровоточ	bleed bled
кролик	rabbit
кротк	meek gentl mild
крохотн	tini
крошечн	tini
круг	circl round around
кругл	round
круж	spin whirl
круп	groat cereal
крупн	larg major big largest biggest
крут	twist turn spin
крыл	wing
крыльц	porch step
крыс	rat
крыш	roof
крючок	hook
кстат	incident
кто	who whom
кто-либ	anyon anybodi
кто-нибуд	anyon anybodi someon somebodi
кто-т	someon somebodi
кувшин	jug pitcher
куд	where
кузнец	blacksmith smith
кукушк	cuckoo
кулак	fist
куп	bui bought purchas
купа	bath swim
купец	merchant trader
кур	smoke
куриц	chicken hen
курс	cours rate
куртк	jacket
куса	bite bit bitten
кусок	piec bit chunk
куст	bush shrub
кухн	kitchen cuisin
куша	eat at
кушан	dish food
лавк	shop bench
лагер	camp
лада	incens frankincens
ладон	palm hand
лаз	climb
лазурн	azur
ламп	lamp
ландыш	lili
лап	paw foot
ласк	caress tender affec
ласка	caress fondl
ласков	affection kindli tenderli tender gentl
ласточк	swallow
лая	bark
лгал	lie li
лгат	lie li
лебед	swan
лев	lion left
лег	lie lai
легк	easili lightli light easi
легкомыслен	frivol
легл	lie lai
легч	easier
лед	ic
ледян	ici ic
лежа	lie lai lain
лезл	climb crawl
лезт	climb crawl
лекарств	medicin drug
лен	lazi
ленив	lazi idl
лепесток	petal
лепешк	flatbread cake
лес	forest wood
лесн	forest
лестниц	stair staircas ladder
лет	summer fly flew flown
лета	fly flew flown
летеет	fly flew flown
летел	fly flew flown
летет	fly flew flown
летн	summer
летоп	chronicl annal
летописец	chronicl
летчик	pilot airman
леч	treat cure heal lie lai
лечен	treatment cure
лжец	liar
лжив	ly fals deceit
ливен	downpour shower
лиза	lick
лил	pour flow lili
лилов	lilac purpl
лимон	lemon
лин	line
лип	linden lime
лис	fox
лисиц	fox
лист	leaf sheet leav
лит	pour flow
лиц	face person
лицемерн	hypocrit
личн	person privat
личносл	person individu ident
личност	person individu ident
лиш	depriv strip lose lost onli mere just
лиша	depriv
лишен	depriv loss
лишн	extra superflu spare
ло	elk moos
лоб	forehead brow
лов	catch caught fish
лодк	boat
лодыжк	ankl
лож	lie falsehood li lai
ложк	spoon
ложн	fals
локол	elbow
локот	elbow
лома	break broke broken
лопат	shovel spade
лопнул	burst pop
лопнут	burst pop
лошад	hors
луг	meadow
луж	puddl pool
лук	bow onion
лукав	evil sly wick crafti
лукавств	cun guil deceit
лун	moon lunar
луч	rai beam
лучш	better best
лыс	bald
люб	love like ani
любезн	kind courteou amiabl
любим	favorit belov dear favourit
любител	amateur lover fan
любов	love
любова	admir
любовник	lover
любовниц	mistress lover
любопытн	curiou
любопытств	curios
люд	peopl men folk person
лягушк	frog
ляжет	lie lai
магазин	shop store
маза	smear spread
мак	poppi
мал	mother littl few small
маленьк	small littl
малин	raspberri
малинов	crimson raspberri
малыш	kid babi child toddler
мальчик	boi
мальчишк	boi kid lad
мам	mom mother mum
ман	beckon lure
март	march
маршрут	rout
масл	butter oil
маслин	oliv
масс	mass lot
мастер	master craftsman foreman
мастерск	workshop studio
мастерств	skill masteri craftsmanship
мат	mother
матер	matter fabric
материк	contin mainland
материнск	matern mother
матрос	sailor seaman
матушк	mother
маха	wave
махнул	wave
махнут	wave
машин	car machin vehicl
мгновен	moment instant instantli instantan
мед	copper honei brass mead
медвед	bear
медл	delai linger hesit
медлен	slowli slow
медн	copper
медсестр	nurs
междоусобиц	strife
международн	intern
мелк	small shallow petti
мелоч	trifl detail chang
мелька	flash flicker
мелькнул	flash flicker glimps
мелькнут	flash flicker glimps
мен	less
меньш	less fewer smaller lesser
меньшинств	minor
меня	chang exchang
мер	measur
мерещ	seem imagin
мерзк	vile disgust
мерзнул	freez cold froze
мерзнут	freez cold froze
мертв	dead
мерца	flicker twinkl shimmer
месл	reveng vengeanc
мест	place seat room spot site reveng vengeanc sweep swept
местн	local
местносл	area terrain local countri
местност	area terrain local countri
месяц	month moon
метел	blizzard snowstorm
метл	broom
метр	subwai underground metro
мех	fur
меч	sword
мечт	dream
мечта	dream
мечтательн	dreami
меша	hinder disturb prevent stir
мешок	bag sack
миг	moment instant
мил	sweet dear nice love
милиц	polic militia
миллиард	billion
миллион	million millionth
милова	pardon spare
милосерд	merci chariti compas
милосердн	merci compassion
милосл	merci grace favor favour
милост	merci grace favor favour
милостив	merci graciou
милостын	alm chariti
мим	past by
министерств	ministri depart
минувш	past bygon
мир	world peac reconcil myrrh ointment
мирн	peac civilian
миров	world global
миск	bowl
митинг	ralli meet
младенец	babi infant babe
младш	younger junior youngest
мнен	opinion view
мног	mani much lot
многочислен	numer mani
множеств	multitud lot mani
мо	my mine
мог	grave tomb can could abl mai might
могл	can could abl mai might
могут	can could abl mai might
могуч	mighti power
могуществен	power mighti
мод	fashion vogu
модн	fashion
может	can could abl mai might
можн	mai can possibl
мозг	brain
мокр	wet
мол	prai beg implor
молитв	prayer
молн	lightn zipper
молод	youth young
молодеж	youth young
молодосл	youth
молок	milk
молоток	hammer
молч	silent silenc
молча	silent quiet
мон	monk
монастыр	monasteri convent cloister
монахин	nun
монет	coin
мор	sea pestil plagu drizzl
морга	blink
морков	carrot
морожен	ic cream
мороз	frost cold
морозн	frosti
морск	sea marin naval maritim
моряк	sailor seaman
мост	bridg
мох	moss
моч	can could abl mai might
мощ	power might
мощн	power mighti
мощносл	power capac output
мощност	power capac output
мрак	dark gloom
мрачн	gloomi dark grim sombr
мстил	aveng reveng
мстит	aveng reveng
мстител	aveng
мудр	wise
мудрец	sage wise
мудросл	wisdom
мудрост	wisdom
муж	husband
мужеств	courag braveri
мужик	man peasant gui fellow
мужск	male men masculin
мужчин	man men male
мук	flour torment
мул	mule
мурав	ant
мутн	muddi cloudi turbid
мух	fly
муч	torment tortur suffer
мучен	torment tortur suffer
мученик	martyr
мучительн	pain agon excruci
мчал	rush race speed
мчат	rush race speed
мы	we us our
мыл	wash bath
мысл	thought idea think
мыслен	mental
мыт	wash bath
мытар	publican
мыча	moo low
мыш	mous mice
мышц	muscl
мягк	softli gentli mildli soft gentl mild
мяс	meat flesh
мятеж	rebellion mutini revolt
мяч	ball
наблюда	observ watch
набожн	piou devout
навек	forev
наверн	probabl perhap
наверх	up upstair abov
навест	visit direct aim
наводнен	flood
навсегд	forev
навстреч	toward meet
навык	skill habit
нагнул	bend stoop
нагнут	bend stoop
нагр	heat warm
наград	award reward prize
нагрева	heat warm
нагреет	heat warm
нагрел	heat warm
нагрет	heat warm
над	put wear need must necessari wore
надева	put wear
надеет	put wear wore
надежд	hope
надежн	reliabl
надежносл	reliabl
надел	put wear wore
надет	put wear wore
надея	hope
надоеда	bore annoi
надоесл	bore tire sick
надоест	bore tire sick
надолг	long
нажа	press push
нажима	press push
назад	back ago backward
назва	call name
назван	name titl
назнач	appoint assign set
назнача	appoint assign
называ	call name
найт	find found discov turn
наказа	punish
наказан	punish penalti sentenc
наказыва	punish
наклон	lean bend bow
наконец	final last
накоп	accumul save
накорм	feed fed
накр	cover
нал	pour
налага	impos
налев	left
налич	presenc avail
налог	tax duti
налогов	tax fiscal
налож	impos put
намаза	spread smear
намека	hint impli allud
намекнул	hint
намекнут	hint
намерева	intend
намерен	inten intent
намн	much far
намокнул	wet soak
намокнут	wet soak
нанима	hire emploi
наня	hire emploi
наоборот	contrari opposit convers
напада	attack assault
нападен	attack assault
напасл	attack assault
напаст	attack assault
напечата	print
написа	write wrote written
напиток	drink beverag
наполн	fill
наполня	fill
наполовин	half
напомина	remind resembl recal
напомн	remind
направ	right
направлен	direc trend
напрасн	vain useless
напрот	opposit contrari
напряжен	tension voltag stress strain
нарисова	draw drew drawn paint
народ	peopl nation folk
народн	peopl nation popular folk
нарочн	deliber purpos intention
наруж	out outsid
наруш	violat break broke breach
наруша	violat break breach
нарушен	violat breach infring
наряд	dress
насеком	insect
населен	popul
населя	inhabit popul
насил	violenc
насквоз	through
наскольк	far much
наслажда	enjoi
наслед	heritag legaci
наследник	heir successor
наследова	inherit succe
наследств	inherit legaci heritag
насмеха	mock ridicul
наставля	instruct admonish
настаива	insist
настойчив	insist persist
настольк	so such
настоя	present insist real true genuin
настроен	mood spirit
наступ	come came step
наступа	come advanc step
наступлен	offens advanc attack onset
насчитыва	number count
натур	natur tempera
наук	scienc
науч	teach taught learn
научн	scientif scienc
нахмур	frown
наход	be locat lie situat find found discov
нача	begin start outset began begun
начальн	initi elementari primari
начальник	chief boss head superior
начальств	author superior
начина	begin began begun start
наш	our
нашел	find found discov turn
нашеств	invasion
нашл	find found discov turn
неб	sky heaven
небес	heaven
небесн	heavenli celesti
невер	unbelief disbelief
неверн	unfaith wrong incorrect infidel
невероятн	incred
невест	bride fiance
невестк	daughter sister
невидим	invis
невин	innoc
невиновн	innoc
невозможн	imposs
невол	captiv bondag slaveri
невольн	involuntarili unwittingli
невыносим	unbear intoler
неграмотн	illiter
недавн	recent late
недел	week
недовольн	displeas dissatisfi
недостава	lack miss
недостаток	shortag lack flaw defect shortcom
недостаточн	insuffici
недостойн	unworthi
нежелательн	undesir
нежн	tenderli gentli tender gentl
нежносл	tender affec
нежност	tender affec
независим	independ
независимосл	independ
незакон	illeg unlaw illicit
незаметн	inconspicu impercept
незнаком	unfamiliar strang unknown
незнакомец	stranger
неизвестн	unknown
нек	certain some
некогд	onc formerli
некотор	some certain
нект	someon somebodi
нельз	cannot must imposs
нем	mute dumb
нема	mani much
немедлен	immedi
немецк	german
немн	littl some bit
немног	few
немножк	littl bit
ненавид	hate
ненавидеет	hate
ненавидел	hate
ненавидет	hate
ненависл	hatr hate
ненавист	hatr hate
ненавистн	hate
ненадолг	briefli
необходим	necess need necessari must essenti
необходимосл	necess need
необыкновен	extraordinari unusu
необычайн	unusu extraordinarili
необычн	unusu
неожида	unexpectedli suddenli unexpect sudden
неопределен	indefinit uncertain vagu
неохотн	reluctantli
неподалек	nearbi near
неподвижн	motionless still immobil
непорочн	immacul blameless
непослушан	disobedi
неправильн	wrongli incorrectli wrong incorrect
непремен	certainli necessarili
непрерывн	continu
неприличн	indec
неприятел	enemi
неприятн	unpleas
неразумн	unreason
нерв	nerv
нервн	nervou
нервнича	nervou
нескольк	sever few some
несомнен	undoubtedli doubtless
неспособн	incap unabl
несправедлив	unfair unjust injustic
несправедливосл	injustic
нест	carri bear bore born bring rush race
нестерпим	unbear intoler
несчаст	misfortun unhappi disast
несчастн	unhappi unfortun miser wretch
нет	no not
нетерпелив	impati
нетлен	incorrupt imperish
нетороплив	unhurri leisur
неудач	failur
неудачн	unsuccess fail
неудобн	inconveni uncomfort awkward
неужел	realli
нефл	oil petroleum
нефт	oil petroleum
неч	noth
нечая	accident inadvert
нечестив	wick ungodli impiou
нечист	unclean impur
нечт	someth
нив	field cornfield
нигд	nowher anywher
ниж	below lower
нижн	lower bottom
низ	bottom
низк	low short
низш	lowest lower inferior
никак	no none ani
никогд	never ever
никт	nobodi none anybodi anyon
никуд	nowher anywher
нил	thread
нисход	descend
нит	thread
нитк	thread
нич	noth anyth nobodi
ничт	noth
нищ	beggar pauper poor destitut
нищет	poverti miseri destitu
нов	new newest latest
новосл	new
новост	new
ног	leg foot feet
ногол	nail fingernail
ногот	nail fingernail
нож	knife knive
ножниц	scissor
нол	zero nought nil
номер	number room issu
нос	nose wear wore worn carri bear
ноч	night
ночн	night nocturn
ноябр	novemb
нрав	like pleas
нравствен	moral
нравственносл	moral
нужд	need want poverti
нужда	need requir
нужн	necessari need must
нул	zero nought nil
нын	now
нынешн	present current
нынч	now todai
нырнул	dive plung
нырнут	dive plung
ныря	dive
нюха	smell sniff
нян	nurs nanni
об	both
обвин	accus charg
обвинен	accus charg prosecu
обвиня	accus charg blame defend
обед	dinner lunch
обеда	dine lunch
обедн	mass
обезья	monkei ap
обернул	turn look wrap
обернут	turn look wrap
обеспеч	provid ensur secur
обеспечива	provid ensur
обет	vow
обеща	promis
обещан	promis
обжалова	appeal
обжгл	burn scald
обжег	burn scald
обжеч	burn scald
обжжет	burn scald
обзор	review survei overview
обид	offens resent insult grievanc offend hurt offenc
обидеет	offend hurt insult resent
обидел	offend hurt insult resent
обидет	offend hurt insult resent
обидн	offend hurt piti
обижа	offend hurt
обита	inhabit dwell live
облада	possess have
облак	cloud
обласл	region area field provinc
област	region area field provinc
областн	region provinci
облачн	cloudi
облегч	eas facilit reliev
облегча	eas facilit reliev
облик	appear look imag
обм	exchang
обма	decep fraud deceit
обманул	deceiv cheat trick
обманут	deceiv cheat trick
обманыва	deceiv cheat lie
обменива	exchang
обменя	exchang
обнаруж	discov detect find found reveal emerg appear
обнаружива	discov detect find
обнима	embrac hug
обнов	renew updat
обня	embrac hug
обожа	ador
обознача	denot mean mark
обойт	bypass circumv go cost treat manag
оборон	defens defenc
обороня	defend
оборот	turn turnov revolu
оборудован	equip
обошел	bypass circumv go cost treat manag
обошл	bypass circumv go cost treat manag
обр	cliff precipic
обрабатыва	process treat cultiv
обработа	process treat
обработк	process treatment
обрадова	glad rejoic delight pleas
образ	imag wai manner form
образец	sampl model pattern exampl
образова	form educ
образован	educ format
образовыва	form
обрат	address turn appli appeal pai draw
обратн	back revers return opposit
обраща	address treat appli handl turn pai draw
обрест	find found gain acquir
обрета	find gain acquir
обслужива	serv maintain servic
обслуживан	servic mainten
обстановк	situat atmospher furnitur set
обстоятельств	circumst
обсуд	discuss
обсужда	discuss debat
обсужден	discus debat
обуч	teach taught train
обуча	teach taught train
обход	bypass avoid go cost treat manag
общ	common gener overal
обща	commun associ
общен	commun contact intercours
обществ	societi compani
обществен	public social
объ	volum amount size
объедин	unit combin
объединен	associ union unif
объединя	unit combin
объяв	announc declar
объявля	announc declar
объясн	explain
объясня	explain
объят	embrac hug arm
обыкновен	ordinari usual common
обыска	search
обыскива	search
обыча	custom tradition
обычн	usual ordinari common
обяза	oblig bind undertak commit pledg
обязан	duti oblig respons
обязанносл	duti oblig respons
обязательн	necessarili certainli obligatori mandatori compulsori
обязательств	oblig commit
обязыва	oblig bind
овес	oat
овлад	master seiz
овладеет	master seiz
овладел	master seiz
овладет	master seiz
овощ	veget
овраг	ravin gulli
овц	sheep ew
оглуш	deafen stun
огляд	look
оглядеет	look
оглядел	look
оглядет	look
оглянул	look
оглянут	look
огнен	fieri fire
огон	fire light
огонек	light flame
огород	garden veget
огорч	upset griev
огорча	upset griev distress
огранич	limit restrict
ограничен	restric limit
ограничива	limit restrict
огромн	huge enorm vast immens
огурец	cucumb
од	dress
одева	dress
одеет	dress
одежд	cloth garment
одел	dress
одет	dress
одея	blanket quilt
одеян	garment robe attir
один	on alon singl
одинаков	same ident equal alik
одиннадца	eleven
одиннадцат	eleventh
одинок	lone alon solitari lonesom
одиночеств	loneli solitud
одиночн	singl solitari
однажд	onc
однообразн	monoton uniform
одобр	approv endors
одобря	approv endors
одол	overcom defeat
одолеет	overcom defeat
одолел	overcom defeat
одолет	overcom defeat
одолж	lend lent borrow
ож	reviv
ожив	reviv anim
ожида	expect await wait
ожидан	expect wait anticip
озабочен	worri concern preoccupi
озер	lake
означа	mean meant signifi
ок	ey
оказа	turn prove find appear render provid exert
оказыва	turn prove find render provid exert
окликнул	call hail
окликнут	call hail
окн	window
оков	shackl chain fetter
оконч	finish graduat complet
окончательн	final definit
окрестн	neighborhood vicin surround
окрестносл	neighborhood vicin surround
округ	district counti
окруж	surround encircl
окружа	surround
окружен	environ surround entourag
октябр	octob
окун	perch
олен	deer stag reindeer
ом	wash
он	he him hi it she her thei them their
оп	experi
опаздыва	late
опаса	fear bewar
опасн	danger peril threat hazard
опасносл	danger peril threat hazard
опер	lean reli
опереет	lean reli
оперел	lean reli
оперет	lean reli
опира	lean reli
описа	describ
описыва	describ
оплат	payment pai
опозда	late
ополчен	militia
оправда	justifi acquit
оправдан	acquitt justif excus
оправдыва	justifi excus acquit
определ	determin defin
определен	defini determin rule certain definit particular
определя	determin defin
опроверга	refut deni
опровергнул	refut deni disprov
опровергнут	refut deni disprov
опрос	survei poll question
опубликова	publish
опуска	lower drop
опуст	lower drop sink sank descend empti
опустеет	empti
опустел	empti
опустет	empti
опустош	devast ravag
опытн	experienc
опя	again
ора	yell shout scream
оранжев	orang
оратор	speaker orat
орга	organ bodi author
орд	order decor
орел	eagl
орех	nut walnut
оруж	weapon arm
оруженосец	squir
ос	wasp
осад	sieg
осажда	besieg
освет	light illumin
освеща	light illumin cover
освобод	free releas liber deliv
освобожда	free releas liber
освобожден	liber releas deliver
освят	consecr sanctifi
осел	donkei ass
осен	autumn fall
оскверн	defil desecr profan
оскорб	insult offend
оскорблен	insult offenc
оскорбля	insult offend
ослаб	weaken loosen eas
ослабеет	weaken
ослабел	weaken
ослабет	weaken
ослабля	weaken loosen
ослеп	blind dazzl
осложн	complic
осматрива	examin inspect survei
осмел	dare ventur
осмотр	examin inspect survei
осмотреет	examin inspect survei
осмотрел	examin inspect survei
осмотрет	examin inspect survei
основ	basi foundat
основа	found establish base
основан	base basi ground reason foundat
основател	founder
основн	main basic princip fundament
основыва	found base
особ	especi particularli special particular
особен	featur peculiar characterist especi particularli special particular
особенносл	featur peculiar characterist
осозна	realiz
осознава	realiz awar
оспарива	contest disput challeng
оспор	contest disput
ост	cool
оста	remain stai left
остав	leav left abandon
остава	remain stai
оставля	leav left abandon keep
остальн	rest remain other
останавлива	stop halt paus
останов	stop halt paus
остаток	rest remaind residu
осторожн	carefulli cautious care cautiou
остр	island sharp acut keen
осуд	condemn convict sentenc
осужда	condemn critic blame
осуществ	implement carri realiz
осуществлен	implement realiz exercis
осуществля	implement carri exercis
отбира	select take confisc
отвезт	take drive
отверга	reject
отвергнул	reject
отвергнут	reject
отвест	take lead led
ответ	answer repli respons respond
ответствен	respons liabil
ответственносл	respons liabil
ответчик	defend respond
отвеча	answer repli respond
отвлег	distract divert
отвлегл	distract divert
отвлека	distract
отвлеч	distract divert
отвляжет	distract divert
отвор	open
отвратительн	disgust repuls
отд	rest vacat holidai
отда	give gave given return
отдава	give gave given
отдел	depart section division separ
отделен	depart branch division section
отдельн	separ apart individu
отдохнул	rest relax
отдохнут	rest relax
отдыха	rest relax
отец	father
отечеств	fatherland motherland countri
отзыва	recal withdraw
отказ	refus rejec denial
отказа	refus declin renounc deni
отказыва	refus declin renounc deni
откладыва	postpon defer
отклика	respond
откликнул	respond
откликнут	respond
отклон	reject declin dismiss
отклоня	reject declin
откр	open discov
откровен	frankli openli candidli frank candid revel
открыва	open discov
открыт	discoveri open openli
откуд	where whenc
отлича	differ distinguish differenti
отличн	excel perfectli differ
отлож	postpon defer delai
отм	aboli cancel repeal
отмен	cancel abolish repeal
отменя	cancel abolish
отмет	note mark celebr
отмеча	note mark celebr
отнест	take carri attribut treat regard
отнима	take depriv
относ	treat relat regard take carri attribut
отношен	relat attitud relationship
отнын	henceforth
отнюд	not
отня	take depriv
отовсюд	everywher
отозва	recal withdraw
отойт	step move depart
отомст	aveng reveng
оторва	tear tore torn
отошел	step move depart
отошл	step move depart
отправ	set go went depart send sent dispatch
отправля	send sent dispatch set depart leav
отпразднова	celebr
отпуск	vacat leav holidai
отпуска	releas let
отпуст	releas let
отража	reflect
отраз	reflect
отрица	deni
отрок	boi youth lad
отряд	detach squad unit parti
отста	lag fall
отстава	lag fall
отстаива	defend uphold advoc
отстал	backward
отстоя	defend uphold
отступ	retreat
отступа	retreat withdraw
отступлен	retreat digres withdraw
отсутств	absenc lack
отсюд	henc here
оттепел	thaw
оттуд	there thenc
отход	step depart
отцовск	patern father
отч	why
отчаива	despair
отчаст	partli
отчая	despair
отчаян	despair desper
отчет	report account
отчизн	fatherland homeland
отчитыва	report account
отъезд	departur
отыска	find found
офицерск	offic
официант	waiter
охват	cover embrac seiz
охватыва	cover embrac span
охлад	cool chill
охот	hunt desir
охотн	willingli gladli readili
охотник	hunter
охра	guard protec secur
охраня	guard protect
оцен	appreci evalu assess
оценива	assess evalu estim
оценк	assess evalu estim mark
очаг	hearth
очарова	charm fascin enchant
очарован	charm enchant
очаровательн	charm
очевидн	obvious evid clearli obviou
очен	veri much
очист	clean clear purifi cleans
очищен	purif cleans
очк	glass spectacl
очнул	wake come recov
очнут	wake come recov
очут	find end land
ошиб	wrong mistak err
ошиба	wrong mistak err
ошибк	mistak error
оштрафова	fine
ощут	feel felt sens
ощуща	feel felt sens
ощущен	sensat feel
павлин	peacock
пада	fall fell fallen drop
паден	fall drop declin
пакет	bag packag packet
палатк	tent
палач	execution hangman
палец	finger toe
палк	stick cane
паломник	pilgrim
палуб	deck
пальт	coat overcoat
памя	memori
памятник	monument memori
пап	dad father pope
папоротник	fern
пар	pair coupl steam vapor
парен	gui boi fellow lad
пароход	steamer steamship
парт	parti batch game
партнер	partner
парус	sail
пасмурн	cloudi overcast gloomi
паст	graze tend
пастух	shepherd herdsman
пастыр	shepherd pastor
пасх	easter passov
паук	spider
паха	plow plough till
пахнул	smell
пахнут	smell
пачк	pack packet
пачка	soil stain dirti
пашн	field ploughland
певец	singer
пеет	sing sang sung
пейзаж	landscap sceneri
пек	stove oven furnac bake
пекл	stove oven furnac bake
пел	sing sang sung
пен	foam froth
пенс	pension
пепел	ash
пер	feather pen
перв	first
первенец	firstborn
первоначальн	origin initi
первосвященник	high priest
переб	interrupt
перевернул	turn overturn flip
перевернут	turn overturn flip
перевест	translat transfer
перевод	translat transfer
переводчик	translat interpret
перевоз	transport carri
перевозк	transport carriag
переворот	coup revolu upheav
переговор	negoti talk
переда	pass convei hand transmit give
передава	pass convei hand transmit broadcast
передач	broadcast program transmis transfer
передн	front
передов	advanc lead progress
переезжа	move cross
перееха	move cross
переж	surviv experi outliv
пережива	worri experi
перейт	cross pass switch
перем	chang
перемир	truce armistic
перенест	transfer move carri endur postpon
перенос	transfer move carri endur bear
переод	chang
переодеет	chang
переодел	chang
переодет	chang
переписыва	correspond
перерабатыва	process recycl
переработк	process recycl
пересека	cross intersect
пересеч	cross
пересказа	retel
переста	stop ceas quit
перестава	stop ceas
пересчита	count recount
переулок	lane allei
переход	cross pass
перец	pepper
перечисл	list enumer
перечисля	list enumer
перешел	cross pass switch
перешл	cross pass switch
персик	peach
персонаж	charact
перчатк	glove
пес	dog hound
песн	song
песок	sand
пестр	motlei colour color
песчан	sandi sand
пет	sing sang sung
петух	rooster cock
печ	stove oven furnac bake
печа	seal stamp press print
печал	sad sorrow grief
печальн	sadli sad sorrow mourn
печата	print type
печен	liver biscuit cooki
печет	stove oven furnac bake
печк	stove
пещер	cave cavern
пив	beer
пиджак	jacket coat
пил	saw drink drank drunk
пир	feast banquet
пирова	feast
пирог	pie cake
пирожок	pie patti
писа	write wrote written
писан	scriptur write
писател	writer author
пистолет	pistol gun
письм	letter write
письмен	written write
пит	drink drank drunk sing sang sung
пищ	food
плава	swim swam sail float
плака	cry weep wept
плам	flame fire blaze
плат	dress gown pai payment fee paid
платн	paid
платок	handkerchief scarf shawl
плач	weep cry lament
плащ	cloak raincoat
плем	tribe
племянник	nephew
племянниц	niec
плен	captiv prison captur
пленник	prison captiv
плеска	splash
плест	weav braid trudg drag
плеч	shoulder
плит	stove plate slab
плод	fruit fetu
плодородн	fertil
плол	flesh
плоск	flat
плот	flesh
плотн	tightli dens tight thick
плох	badli bad poorli poor wors worst
площад	squar area
площадк	site ground platform playground
плуг	plough plow
плыл	swim swam sail float
плыт	swim swam sail float
плющ	ivi
пляса	danc
пнул	kick
пнут	kick
по-английск	english
по-друг	differ
по-прежн	still befor
по-русск	russian
побег	escap flight
побед	victori win won defeat conquer triumph beat
победител	winner victor conqueror
победн	victori
побежа	run ran
побежда	win won defeat conquer overcom
поблагодар	thank
побледн	pale
побледнеет	pale
побледнел	pale
побледнет	pale
поблиз	nearbi near
побуд	induc prompt urg
побужда	induc prompt encourag
побыва	visit
повар	cook chef
поведен	behavior conduct behaviour
повел	command order
повелева	command
повелеет	command order
повелел	command order
повелен	command
повелет	command order
повелител	ruler lord master sovereign
повер	believ trust
повернул	turn
повернут	turn
поверхн	surfac
поверхносл	surfac
поверхностн	superfici shallow
повес	hang hung
повесл	stori novella tale
повест	stori novella tale lead led take
повинова	obei
повлия	influenc affect
повод	reason occasion caus
поворачива	turn
поворот	turn
повред	damag injur harm hurt
повтор	repeat
повторя	repeat
повыс	rais increas rise rose
повыша	rais increas rise
повышен	increas rise promotion
погаснул	die extinguish fade
погаснут	die extinguish fade
погиба	perish die
погибел	perdition destruc
погибнул	perish die kill
погибнут	perish die kill
погибш	dead kill fallen
поглад	stroke pat iron
погляд	look glanc
поглядеет	look glanc
поглядел	look glanc
поглядет	look glanc
поговор	talk speak
погод	weather
пограничн	border frontier
погреб	cellar
погружа	immers plung sink
погруз	immers plung
погуб	ruin destroi
пода	serv give file submit
подав	suppress crush
подава	serv give file submit
подавля	suppress crush
подар	give present
подарок	gift present
подбежа	run ran
подбородок	chin
подва	basement cellar
подверга	subject expos undergo
подвергнул	subject expos
подвергнут	subject expos
подвест	let bring lead
подвиг	feat exploit deed
подвижн	mobil agil
подглядыва	peep spy
подготов	prepar
подготовк	prepar train
подда	subject
поддельн	fake forg counterfeit
поддержа	support back
поддержива	support maintain sustain
поддержк	support back
подел	share
поджар	fry toast
поджгл	set ignit burn
поджег	set ignit burn
поджеч	set ignit burn
поджжет	set ignit burn
подземн	underground
подл	mean base vile
подлин	genuin authent
подмест	sweep swept
подмигнул	wink
подмигнут	wink
поднест	bring hold
поднима	rais lift rise rose climb ascend
поднос	bring hold
подня	rais lift pick rise rose climb ascend
подобн	similar such like
подожда	wait
подозрева	suspect
подозрен	suspicion
подозрительн	suspici
подойт	approach come fit suit
подоконник	sill windowsil
подошел	approach come fit suit
подошл	approach come fit suit
подп	signatur
подписа	sign
подписыва	sign
подра	fight fought
подразумева	impli mean meant
подробн	detail
подробносл	detail
подросток	teenag adolesc youth
подруг	friend girlfriend
подсказа	prompt suggest tell
подсказыва	prompt suggest
подслуша	overhear eavesdrop
подсолнух	sunflow
подтверд	confirm
подтвержда	confirm
подума	think thought
подушк	pillow cushion
подход	approach come fit suit
подходя	suitabl appropri
подчеркива	emphas stress underlin
подчеркнул	emphas stress underlin
подчеркнут	emphas stress underlin
подчин	subordin subdu subject
подчинен	submis subordin obedi
подчиня	obei submit
подъ	rise ascent lift climb
подъеха	drive approach
поезд	train
поездк	trip journei ride
поесл	eat at
поест	eat at
поеха	go went ride drive
пож	live
пожа	shake shook shrug
пожал	regret piti sorri spare perhap probabl
пожалеет	regret piti sorri spare
пожалел	regret piti sorri spare
пожалет	regret piti sorri spare
пожалова	complain
пожар	fire blaze
пожела	wish
пожертвова	sacrific donat
пожил	elderli ag
поз	pose postur
позабот	care take
позавидова	envi
позавтрака	breakfast
позад	behind
позва	call summon
позвол	allow permit let
позволя	allow permit let
позвон	call ring rang phone
поздн	late later
поздрав	congratul
позж	later
позна	know cogniz
познава	know learn
познаком	meet acquaint
позор	shame disgrac
позорн	shame disgrac
поиск	search quest
пойма	catch caught
пойт	go went gone walk
пок	peac rest quiet
показа	show shown seem appear
показан	testimoni evid read
показател	indic index figur
показыва	appear show shown
покая	repent
покаян	repent penanc
покида	leav left abandon
покинул	leav left abandon forsak
покинут	leav left abandon forsak
поклон	bow worship
поклонен	worship
поклонник	admir fan
поклоня	worship
поклясл	swear swore sworn vow
покляст	swear swore sworn vow
покойн	late deceas
поколен	gener
поконч	end finish
покор	conquer subdu submit
покорн	submiss obedi
покр	cover
покрас	paint dye
покрасн	blush redden
покраснеет	blush redden
покраснел	blush redden
покраснет	blush redden
покрыва	cover
покупа	bui bought purchas
покупател	buyer custom purchas
покупк	purchas bui
пол	field floor sex
полага	suppos believ think assum reli depend
полден	noon middai
полев	field
полезн	us help
полет	flight
ползт	crawl creep crept
полива	water
политик	polici polit
полицейск	policeman polic offic
полк	shelf shelv regiment
полковник	colonel
полководец	command gener
полн	full fulli complet
полномоч	power author
полност	fulli complet
полноч	midnight
половин	half halv
половод	flood
полож	put lai laid place reli depend
положен	position situat provision regul
полоска	rins gargl
полотн	linen canva cloth
полтор	half
полуостр	peninsula
получ	get got receiv obtain turn work come
получа	get got receiv obtain turn work come
полчас	half hour
польз	benefit us good
пользова	us enjoi
польск	polish
полюб	love like fall
помаза	anoint
помазанник	anoint
поменя	chang exchang swap
помест	place put estat manor
помех	hindranc obstacl interfer
помеша	hinder disturb prevent
помеща	place put fit
помещен	premis room
помещик	landown landlord squir
помидор	tomato
помилова	pardon spare merci
помир	reconcil
помн	rememb recal
помог	help assist aid
помога	help assist aid
помогл	help assist aid
помогут	help assist aid
поможет	help assist aid
помол	prai
помолча	silent paus
помоч	help assist aid
помощ	help aid assist
помощник	assist helper aid
понадоб	need requir
поневол	involuntarili
понедельник	mondai
понемног	littl gradual
понест	bear suffer incur carri
пониз	lower reduc
понима	understand understood realiz
пониман	understand comprehen
понрав	like pleas
поня	understand understood realiz
понят	concept notion idea
понятн	clear understand
пообеда	dine lunch
пообеща	promis
поощр	encourag reward
поощря	encourag reward
поп	priest
попада	hit get fall
попасл	hit get reach
попаст	hit get reach
поправ	correct adjust fix recov gain
попробова	try tast attempt
попрос	ask beg request
попуга	parrot
попыта	try attempt
попытк	attempt try
пор	time season sometim
поража	strike struck amaz astonish
поражен	defeat
пораз	strike struck amaz astonish
порва	tear break
поровн	equal
порог	threshold doorstep
порок	vice defect
поросенок	piglet pig
порох	powder gunpowd
порт	spoil ruin damag
портн	tailor
поруч	entrust instruct charg
поруча	entrust instruct charg
поручен	errand commis assign
порядок	order
порядочн	decent respect
посад	plant seat imprison
посвят	devot dedic
посвяща	devot dedic
посел	settl
поселок	settlement villag township
посет	visit attend
посеща	visit attend
посея	sow sown
посла	send sent
послан	messag epistl letter
посланник	envoi messeng
послед	subsequ follow
последн	last latest final
последова	follow
последств	consequ effect
послуж	serv
послушан	obedi
послушн	obedi
посмотр	look see watch glanc
посмотреет	look see watch glanc
посмотрел	look see watch glanc
посмотрет	look see watch glanc
пособ	allow benefit textbook manual
посоветова	advis recommend
посол	ambassador envoi salt
посольств	embassi
посох	staff
поспеш	hurri hasten
поспешн	hastili hurriedli hasti hurri
поспор	argu bet
посредник	mediat intermediari
посредничеств	mediat
поссор	quarrel
пост	post fast
постав	put place set
поставк	deliveri suppli
поставля	suppli deliv
постанов	decre resolv rule
постановлен	resolu decre rule
постара	try strive
постел	bed spread lai
постепен	gradual
постига	comprehend grasp
постич	comprehend grasp
посторон	outsid stranger extran
постоя	constantli alwai continu constant perman
постро	build built construct
поступ	act enter join come
поступа	act enter come
поступок	act deed action
постуча	knock
посуд	dish crockeri
посчита	count consid
посыла	send sent
посылк	parcel packag
пот	sweat then later afterward
потеет	sweat
потел	sweat
потер	loss
потерп	suffer toler
потерпеет	suffer toler
потерпел	suffer toler
потерпет	suffer toler
потеря	lose lost
потет	sweat
поток	flow stream
потолок	ceil
потомок	descend
потомств	offspr poster progeni
потоп	flood delug
потрат	spend spent wast
потребител	consum
потреблен	consump
потребн	need requir demand
потребносл	need requir demand
потребова	demand requir need
потряст	shake shook stun shock
потуш	extinguish put
поужина	dine supper
похвал	prais
похит	kidnap abduct steal
похища	kidnap abduct steal
поход	campaign march expedi
походк	gait walk
похож	similar alik like
похорон	funer buri
поцел	kiss
поцелова	kiss
поч	why
почин	repair fix mend
почита	honor rever read
почк	bud kidnei
почт	mail post almost nearli
почтен	respect rever
почтов	postal mail post
почувствова	feel felt sens
почуд	seem imagin
пошевел	move stir
пошел	go went gone walk
пошл	go went gone walk
пошлин	duti fee toll
пошут	joke
поэз	poetri
поэт	therefor so
появ	appear emerg
появлен	appear emerg
появля	appear emerg
пояс	belt girdl waist
прав	right law rule govern edit correct regul
правд	truth
правдив	truth
праведн	righteou just righteous
праведник	righteou just saint
праведносл	righteous
правильн	correctli right properli correct proper
правител	ruler
правительств	govern
правительствен	govern government
правлен	rule reign govern board
правов	legal
правонарушен	offens offenc violat
правосуд	justic
праздник	holidai feast celebr festiv
празднова	celebr
прах	dust ash remain
пребыва	abid dwell remain stai
превзойт	surpass exce
превзошел	surpass exce
превзошл	surpass exce
превосход	surpass exce
преврат	turn becom
превраща	turn becom
превыс	exce
превыша	exce
преград	barrier obstacl
преда	betrai devot loyal
предава	betrai
предан	tradition legend
предател	traitor betray
предательств	betray treacheri treason
предвид	forese anticip
предвидеет	forese anticip
предвидел	forese anticip
предвидет	forese anticip
предел	limit bound
предлага	offer propos suggest
предлож	offer propos suggest
предложен	propos offer sentenc sugges
предмет	subject object item
предназнач	intend design
предназнача	intend design
предок	ancestor forefath
предостав	provid grant give
предоставля	provid grant give
предотврат	prevent avert
предотвраща	prevent avert
предполага	suppos assum expect
предполож	suppos assum
предположен	assump supposi guess
предпочесл	prefer
предпочест	prefer
предпочита	prefer
предприят	enterpris compani busi plant
председател	chairman chair presid
предсказа	predict foretel
предсказыва	predict forecast
представ	imagin present introduc submit
представител	repres
представлен	idea notion perform present
представля	repres imagin present introduc seem
предстоя	lie face ahead upcom forthcom come
предупред	warn prevent
предупрежда	warn
предусматрива	provid envisag stipul
предусмотр	provid forese
предусмотреет	provid forese
предусмотрел	provid forese
предусмотрет	provid forese
предъяв	present produc bring
предъявля	present produc bring
предыдущ	previou preced
преемник	successor
прежд	befor formerli first
прежн	former previou old
презира	despis scorn
презрен	contempt scorn disdain
преимуществ	advantag benefit superior
преисподн	hell underworld
прекрасн	perfectli beautifulli fine beauti wonder excel
прекрат	stop ceas end
прекраща	stop ceas
прелесл	charm delight
прелест	charm delight
прелестн	love charm
прелюбод	adulter
прелюбодеян	adulteri
прем	prize bonu award
преоблада	prevail predomin
преодол	overcom overcam
преодолева	overcom
преодолеет	overcom overcam
преодолел	overcom overcam
преодолет	overcom overcam
преподава	teach taught
преподавател	teacher lectur instructor
препятств	obstacl barrier hindranc
препятствова	hinder prevent obstruct
прерва	interrupt break
пресеч	suppress stop
преследова	pursu persecut chase
преследован	persecu pursuit
пресн	fresh bland
престол	throne
преступлен	crime offens offenc
преступн	crimin
преступник	crimin offend
приб	arriv
прибав	add
прибавля	add
прибега	resort
прибегнул	resort
прибегнут	resort
прибежа	run ran come
приближа	approach near
приблиз	approach near
приблизительн	approxim roughli about
прибор	devic instrument applianc
прибыва	arriv
прибыл	profit gain
прибыт	arriv
привезт	bring brought
привест	bring brought lead led
привет	greet hello regard
приветлив	friendli affabl welcom
приветствова	greet welcom salut
привлег	attract draw involv
привлегл	attract draw involv
привлека	attract draw involv
привлекательн	attract
привлеч	attract draw involv
привляжет	attract draw involv
привод	bring brought lead led cite
привоз	bring brought
привыка	accustom us
привыкнул	accustom us
привыкнут	accustom us
привычк	habit
привяза	tie attach
приглас	invit
приглаша	invit
приглашен	invit
приговор	sentenc verdict condemn
пригод	us come
приготов	prepar cook
придума	invent devis think
приезд	arriv
приезжа	arriv come came
приеха	arriv come came
приз	call appeal conscrip
призва	call summon urg
призна	admit recogn acknowledg confess
признава	admit recogn acknowledg confess
признак	sign symptom indic featur
призыва	call summon urg appeal
прийт	come came arriv have must
приказ	order command
приказа	order command
приказыва	order command
прикреп	attach fasten
прилет	arriv fly come
прилетеет	arriv fly come
прилетел	arriv fly come
прилетет	arriv fly come
приличн	decent proper
примен	appli us
применен	applic us
применя	appli us emploi
пример	exampl instanc
примерн	approxim roughli about
примир	reconcil
примирен	reconcili
принадлежа	belong
принест	bring brought
принима	accept take took taken adopt start begin set
принос	bring brought
принуд	forc compel coerc
принудительн	compulsori forc
принужда	forc compel coerc
приня	accept take took taken adopt start begin set
приобрест	acquir purchas gain
приобрета	acquir gain
природ	natur
природн	natur
присла	send sent
прислон	lean
прислуша	listen heed
прислушива	listen heed
присн	dream dreamt
присоедин	join
присоединя	join
приспособ	adapt
пристан	pier wharf dock
присутств	presenc
присяг	oath
присяжн	juror juri
притвор	pretend feign
притворя	pretend feign
притч	parabl
приход	arriv come parish came have must
прихож	hall hallwai
прича	berth pier moor
причеса	comb
причин	reason caus inflict
пришел	come came arriv have must
пришелец	stranger alien newcom
пришл	come came arriv have must
приют	shelter refug asylum
приятел	friend pal buddi
приятн	pleasant nice agreeabl
проб	stai remain
пробежа	run ran
пробова	try tast attempt
пробормота	mutter mumbl
провер	check verifi test
проверя	check verifi test
провест	spend conduct hold carri
провинц	provinc
провод	wire cabl spend conduct hold carri
провожа	see accompani escort
провозглас	proclaim declar
провозглаша	proclaim declar
проговор	sai said utter
прогулива	stroll walk
прода	sell sold
продава	sell sold
продавец	seller salesman vendor
продаж	sale sell
продл	extend prolong
продолж	continu resum
продолжа	continu keep go last
продукт	product
продукц	product produc output
прож	live spend spent
прозвищ	nicknam
прозрачн	transpar clear
проигра	lose lost
проигрыва	lose lost
произведен	work
произвест	produc make made
производ	produc make manufactur
производител	produc manufactur
производств	produc manufactur
производствен	produc industri manufactur
произнест	pronounc utter sai said
произнос	pronounc utter
произойт	happen occur
произошел	happen occur
произошл	happen occur
происход	happen occur
пройт	pass go gone walk stroll
проказ	leprosi mischief
проклина	curs damn
проклясл	curs damn
прокляст	curs damn
проклят	curs damn damnat
прокурор	prosecutor
прол	strait
промахнул	miss
промахнут	miss
промолча	silent
промышлен	industri
промышленносл	industri
пропасл	disappear vanish abyss precipic
пропаст	disappear vanish abyss precipic
проповед	sermon preach
проповедник	preacher
проповедова	preach
пропуска	miss skip
пропуст	miss skip let pass
пророк	prophet
пророч	prophesi
пророчеств	propheci
пророчествова	prophesi
прос	ask beg request millet
прослав	glorifi
прославля	glorifi prais
проснул	wake woke awak awok
проснут	wake woke awak awok
проспект	avenu
прост	forgiv forgav pardon excus goodby farewel simpli just simpl plain forgiven
простор	space expans
просторн	spaciou roomi
простот	simplic
пространств	space
простуд	cold chill
простын	sheet
просыпа	wake woke awak
просьб	request
противн	nasti disgust
противник	oppon adversari enemi
противодействова	counter oppos
противоположн	opposit contrari
противореч	contradic contradict
противостоя	oppos resist withstand
професс	profes occup
прохлад	cool
прохладн	cool
проход	pass go walk
проч	other
прочесл	read
прочест	read
прочита	read
прочн	firmli secur strong durabl solid
прошедш	past
прошел	pass go gone walk stroll
прошепта	whisper
прошл	past pass go gone walk stroll last previou
проща	forgiv forgav pardon goodby farewel
прощан	farewel goodby part
прощен	forgiv pardon
прояв	show displai manifest
проявля	show displai manifest
пруд	pond
прыга	jump leap
прыгнул	jump leap
прыгнут	jump leap
прыжок	jump leap
прям	straight directli right direct
прямоугольн	rectangular
прята	hide hid hidden
птиц	bird fowl
публик	public audienc
публикова	publish
публичн	public
пуга	frighten scare afraid
пуговиц	button
пул	wai path road journei bullet
пункт	point item claus paragraph
пурпурн	purpl crimson
пуска	let admit allow
пуст	let admit allow empti vain
пустын	desert wilder desol
пустяк	trifl
пут	wai path road journei
путешеств	journei travel trip voyag
путешественник	travel
путешествова	travel journei
путник	travel wayfar
пушк	cannon gun
пчел	bee
пшениц	wheat
пыл	dust
пыла	blaze burn flame
пыта	try attempt tortur
пытк	tortur
пьес	plai
пьян	drunk
пьяниц	drunkard
пял	five
пят	sing sang sung five fifth
пятер	five
пятидесят	fiftieth
пятк	heel
пятн	stain spot blot
пятнадца	fifteen
пятнадцат	fifteenth
пятниц	fridai
пятьдес	fifti
пятьсот	hundr
ра	paradis heaven
раб	slave servant bondman
рабовладелец	slavehold slaveown
работ	work job labor employ
работа	work labor
работник	worker employe
рабоч	worker workman work labor
рабск	slave servil slavish
рабств	slaveri bondag
рабын	slave maid
равенств	equal
равн	equal
равнин	plain
равновес	balanc equilibrium
равнодуш	indiffer
равнодушн	indiffer
рад	glad happi pleas
радова	rejoic glad pleas delight gladden
радосл	joi glad delight
радост	joi glad delight
радостн	joyfulli gladli joy glad joyou
радуг	rainbow
радушн	hospit cordial
раз	time onc
разб	break broke smash defeat crash broken
разбира	understand sort know dismantl analyz
разбирательств	proceed trial hear
разбит	broken smash
разбойник	robber bandit brigand
разбуд	wake woke awaken
разв	develop
разва	collaps breakup
развалин	ruin
разведк	intellig reconnaiss
разведчик	scout spy
развернул	unfold unwrap deploi turn
развернут	unfold unwrap deploi turn
развест	divorc breed separ dilut
развива	develop evolv
развит	develop growth
развлека	amus entertain
развод	divorc
развяза	unti unleash
разгада	solv guess unravel
разгляд	discern make see
разглядеет	discern make see
разглядел	discern make see
разглядет	discern make see
разглядыва	examin scrutin studi
разговарива	talk speak convers
разговор	convers talk
разд	undress
разда	sound ring resound distribut hand
раздава	sound ring resound distribut
раздева	undress
раздеет	undress
раздел	section part division divid share separ undress
разделя	share divid separ
раздет	undress
раздража	irrit annoi
различ	differ distinc
различа	distinguish discern differ vari
различн	variou differ
разлож	lai spread decompos
разлук	separ part
разлуч	separ part
размер	size dimen amount
размест	place accommod
размеща	place accommod
размножа	multipli breed reproduc
размышля	reflect ponder think
разн	differ variou
разнест	spread deliv smash
разниц	differ
разнообразн	divers variou vari
разоблач	expos unmask
разобра	understand sort figur dismantl make
разозл	angri
разойт	part dispers
разор	ruin devast
разорен	ruin devast
разоружен	disarma
разочарова	disappoint disillu
разошел	part dispers
разошл	part dispers
разреза	cut
разреш	allow permit resolv
разреша	allow permit
разрешен	permis permit resolu
разруш	destroi ruin demolish
разруша	destroi ruin
разрушен	destruc
разум	reason mind intellect
разумеет	cours natur
разумн	reason sensibl ration wise
разыскива	search seek hunt
район	district area region
рак	cancer crayfish crab
ракет	rocket missil
рам	frame
ран	wound injur earli
ранен	wound injur
раньш	befor earlier formerli
раскаива	repent regret
раская	repent
раскаян	remors repent
раскол	schism split
раскопк	excav dig
раскр	reveal disclos open
раскрыва	reveal disclos open
распад	breakup disintegr collaps decai
располага	have dispos arrang
располож	arrang place dispos settl locat
распоряд	order dispos
распоряжа	dispos manag order
распоряжен	order instruc dispos
распредел	distribut alloc
распределя	distribut alloc
распростран	spread
распространя	spread dissemin distribut extend
распя	crucifi
распят	crucifixion crucifix
рассвет	dawn daybreak sunris
рассерд	angri
рассказ	stori tale
рассказа	tell told narrat relat
рассказыва	tell told narrat relat
расследова	investig
расследован	investig inquiri
рассматрива	consid examin view
рассмеш	amus
рассмотр	consid examin
рассмотреет	consid examin
рассмотрел	consid examin
рассмотрет	consid examin
расста	part
расстава	part
расставан	part separ breakup
расстегнул	unbutton
расстегнут	unbutton
расстоян	distanc
расстраива	upset
расстреля	shoot shot execut
расстро	upset frustrat
рассудок	reason mind saniti
рассужда	reason argu discuss
рассчита	calcul comput
рассчитыва	count reli calcul expect
рассыпа	scatter crumbl
раст	grow grew grown rais
растеря	confus lost bewild
растерян	confusion bewilder
растерянносл	confusion bewilder
растительн	veget plant
растоп	melt kindl
растянул	stretch
растянут	stretch
расход	expens expenditur consump part dispers diverg
расходова	spend expend
расчет	calcul settlement payment
расшир	expand extend widen
расширя	expand extend
рвал	tear tore torn vomit burst strain
рван	torn rag
рват	tear tore torn vomit burst strain
реализац	implement realiz sale
ребенок	child kid babi children infant
ребр	rib edg
ребят	gui kid boi fellow children
рев	roar bellow howl
ревеет	roar bellow howl
ревел	roar bellow howl
ревет	roar bellow howl
ревнова	jealou
ревносл	jealousi
ревност	jealousi
редакц	editori offic edition
редк	rare seldom spars
режиссер	director
реза	cut slice
рек	river
ремонтирова	repair
реп	turnip
ресниц	eyelash lash
реч	speech
речн	river
реш	decid solv resolv dare ventur
реша	decid solv resolv dare decis
решен	decision solution
решительн	resolut decis firmli
ржал	neigh
ржат	neigh
риз	robe vestment
рис	rice
рискова	risk
рисова	draw drew drawn paint
рисунок	draw pictur pattern
робк	timid shy
робосл	timid shyness
робост	timid shyness
ровн	exactli evenli even level smooth
рог	horn
род	born bear bore give famili kind clan gener birth
родин	homeland motherland countri
родител	parent
родительск	parent
родн	nativ own dear rel kin
родник	spring
родственник	rel relat kinsman
рож	rye
рожа	bear give bore born birth
рожда	born aris
рожден	birth
рождеств	christma nativ
розов	pink rosi rose
рол	role part
рома	novel romanc affair
ромашк	camomil daisi
роня	drop shed
рос	dew
роскош	luxuri
роскошн	luxuri splendid
рост	growth height
рот	mouth compani
рощ	grove
руб	chop cut fell
рубах	shirt
рубашк	shirt
рубеж	border frontier line boundari
рубл	rubl roubl
руга	scold critic swear curs quarrel
руж	gun rifl musket
руин	ruin
рук	hand arm
руковод	lead led direct manag
руководител	head leader manag director
руководств	leadership manag guidanc guid
руководствова	guid follow
рукоп	manuscript
рул	wheel helm
румян	rosi ruddi
рус	blond fair
русск	russian
рухнул	collaps fall
рухнут	collaps fall
руч	stream brook creek
ручк	pen handl
ручн	hand manual tame
руш	collaps crumbl
рыб	fish
рыбак	fisherman
рыбалк	fish
рыда	sob weep wept
рыж	red ginger
рыл	dig dug
рынок	market
рыночн	market
рыт	dig dug
рыцар	knight
рыча	growl roar
ряд	row seri number line near besid nearbi
рядов	privat
сабл	saber sword sabr
сад	garden orchard sit sat
сажа	plant seat imprison
сам	self himself herself itself alon most veri same
самолет	plane aircraft airplan
самостоятельн	independ
сан	sleigh sledg sled
сапог	boot
сара	shed barn
саранч	locust
сахар	sugar
сбежа	escap flee fled run
сберег	save preserv
сберегл	save preserv
сбережет	save preserv
сбереч	save preserv
свадьб	wed marriag
свал	fall fell tumbl
свар	cook boil
сведен	inform data
свеж	fresh
свекл	beet beetroot
свекров	mother
свергнул	overthrow toppl depos
свергнут	overthrow toppl depos
сверка	sparkl glitter flash
свернул	turn roll fold
свернут	turn roll fold
сверток	bundl packag parcel
сверх	abov top
свет	light world shine shone glow
света	dawn
светл	light bright
свеч	candl
свидан	date meet rendezv
свидетел	wit
свидетельств	evid testimoni certif
свидетельствова	testifi wit indic
свин	pig swine hog
свинин	pork
свиреп	fierc feroci
свист	whistl
свистеет	whistl
свистел	whistl
свистет	whistl
свиток	scroll
сво	own hi her their it
свобод	freedom liberti
свободн	freeli fluentli free
свойств	properti qualiti attribut
связ	connec link commun tie
связа	tie bind bound connect link contact
связыва	tie bind connect link contact
свят	saint holi sacr
святилищ	sanctuari shrine
святосл	holi sanctiti
святост	holi sanctiti
святын	shrine sanctuari
священ	sacr holi
священник	priest clergyman
сгиба	bend bent
сгор	burn burnt
сгореет	burn burnt
сгорел	burn burnt
сгорет	burn burnt
сдава	pass hand rent surrend
сдал	surrend pass hand rent
сдат	surrend pass hand rent
сдела	do make did done made
сделк	deal transac bargain
сдержа	restrain keep kept hold
сдержива	restrain contain hold
се	thi
себ	self himself herself itself themselv
север	north
северн	northern north
сегодн	todai
сегодняшн	todai
сед	grei grai hoari
седьм	seventh
сеет	network net chain
сейчас	now
секрет	secret
секретар	secretari
сел	network net chain villag
селедк	her
сельд	her
сельск	rural villag countri
сельскохозяйствен	agricultur
сем	famili seed seven
семейн	famili domest
семер	seven
семидесят	seventieth
семнадца	seventeen
семнадцат	seventeenth
семьдес	seventi
семьсот	hundr
сен	passag hall entri hai
сентябр	septemb
сер	grei grai
серд	angri
сердечн	heart cordial hearti
сердит	angri cross
сердц	heart
серебр	silver
серебрян	silver
середин	middl center midst
серьезн	serious seriou grave
сесл	sit sat board
сест	sit sat board
сестр	sister nurs
сет	network net chain
сея	sow sown
сжал	squeez compress clench
сжат	squeez compress clench
сжгла	burn burnt
сжгли	burn burnt
сжег	burn burnt
сжеч	burn burnt
сжжет	burn burnt
сжима	squeez compress clench
сзад	behind
сид	sit sat
сидеет	sit sat
сидел	sit sat
сидет	sit sat
сиз	grei bluish
сил	forc strength power might
сильн	strongli greatli hard strong power
симпатичн	nice likabl pretti
син	blue
синиц	tit titmous
сирен	lilac
сирот	orphan
сит	network net chain
сия	shine shone glow radiant beam
сказа	sai said tell told
сказан	legend tale
сказк	tale stori fairi
скака	gallop jump
скал	rock cliff
скалист	rocki
скам	bench
скамейк	bench
скин	tabernacl
скита	wander roam
склад	warehous depot store
складыва	fold add stack
склон	inclin persuad bend slope
скольз	slide slip glide
скольк	how mani much
сконча	die pass deceas
скор	soon rather sooner faster quick speedi fast
скорб	sorrow grief griev mourn
скорбеет	griev mourn
скорбел	griev mourn
скорбет	griev mourn
скоросл	speed veloc
скорост	speed veloc
скот	cattl livestock
скромн	modest humbl
скромносл	modesti
скромност	modesti
скрыва	hide hid hidden conceal
скрыл	hide hid hidden conceal
скрыт	hide hid hidden conceal latent
скук	boredom
скуп	stingi miserli
скуча	miss bore
скучн	bore dull
слаб	weakli faintli weak faint
слабосл	weak
слабост	weak
слав	glori fame glorifi prais
славн	gloriou nice fine
сладк	sweetli sweet
слев	left
слегк	slightli lightli
след	trace track footprint mark watch follow after next
следова	follow
следовател	investig
следств	investig consequ inquiri
слез	tear
слеп	blind
слив	plum
сливк	cream
слишк	too
сло	layer stratum
слов	word
словар	dictionari vocabulari
словесн	verbal
слож	fold add put develop form
сложн	difficult complic complex
сложносл	complex difficulti
сложност	complex difficulti
слома	break broke broken
слон	eleph
слуг	servant
служ	serv
служа	employe clerk
служб	servic duti
слух	rumor hear rumour
случ	happen occur
случа	case occasion incid chanc event happen occur
случайн	accident chanc random casual
слуша	listen hear heard obei
слушан	hear
слушател	listen student
слыша	hear heard sound
слышн	audibl heard
слюн	saliva
слякол	slush
слякот	slush
смеет	dare
смел	dare boldli brave bold courag
смелосл	courag bold braveri
смелост	courag bold braveri
смен	chang replac
смерка	darken dusk
смерл	death
смерт	death
смертн	mortal deadli
смерч	tornado whirlwind
смет	dare
смета	cream sour
смех	laughter laugh
смеш	amus
смеша	mix
смешн	funni ridicul
смея	laugh
смирен	humbl meek humil
смит	dare
смог	can could abl manag
смогл	can could abl manag
смогут	can could abl manag
сможет	can could abl manag
смоковниц	fig
смородин	currant
смотр	look watch see
смотреет	look watch see
смотрел	look watch see
смотрет	look watch see
смоч	can could abl manag
смугл	swarthi dark tan
смут	embarrass confus turmoil troubl sedition
смуща	embarrass confus
смущен	embarrass confus confusion
смысл	sens mean point
смят	dare
смятен	confusion dismai turmoil
снабжа	suppli provid
снабжен	suppli
снаруж	outsid
снаряд	shell projectil
снача	first
снег	snow
снежинк	snowflak
снежн	snowi snow
снижа	reduc lower declin decreas fall
снижен	decreas reduc declin
сниз	reduc lower declin decreas fall below bottom beneath
снил	dream dreamt
снима	take remov rent shoot
снимок	pictur photo snapshot
снит	dream dreamt
снов	again
сновиден	dream
снял	take remov rent shoot
снят	take remov rent shoot
собак	dog
собира	collect gather pick go intend
соблазн	seduc tempt temptat
соблазня	seduc tempt
соблюда	observ follow compli keep
соблюден	observ complianc
собор	cathedr council
собра	collect gather assembl
собран	meet assembl collec gather
собствен	properti ownership actual properli own
собственник	owner proprietor
собственносл	properti ownership
событ	event
сов	owl
соверш	commit perform accomplish
соверша	commit perform make
совершен	complet absolut perfectli quit perfect
совесл	conscienc
совест	conscienc
совет	council advic board
советова	advis recommend
советск	soviet
совещан	meet confer
совместн	joint common
совокупн	total aggreg
совокупносл	total aggreg
совпада	coincid match
совпасл	coincid match
совпаст	coincid match
современ	modern contemporari
совс	quit complet entir
соглас	consent agreement harmoni agre
соглаша	agre consent
соглашен	agreement accord
согнул	bend bent
согнут	bend bent
согр	warm
согреет	warm
согрел	warm
согрет	warm
согреш	sin
содействова	assist promot
содержа	contain maintain keep
содержан	content mainten
соедин	connect join unit
соединя	connect join
сожален	regret piti
созда	creat make made establish
создава	creat make made
создан	creation creatur
создател	creator maker
сознава	realiz awar
сознан	conscious mind
созр	ripen matur
созрева	ripen matur
созреет	ripen matur
созрел	ripen matur
созрет	ripen matur
сойт	descend get go
сок	juic
сокол	falcon
сократ	reduc cut shorten
сокраща	reduc cut shorten
сокращен	reduc cut abbrevi
сокровищ	treasur
сокруш	crush shatter
сол	salt
солга	lie li
солдат	soldier
солдатск	soldier
солен	salti salt
солнечн	sunni solar sun
солнц	sun
солов	nightingal
солом	straw
сомнева	doubt
сомнен	doubt
сон	sleep dream sleepi drowsi
сообража	think figur
сообраз	realiz figur
сообщ	report inform tell told
сообща	report inform tell told
сообщен	messag report commun
сообществ	commun
сооружен	structur construc build
соответств	accord conform correspond appropri relev
соответствова	correspond match
соотечественник	compatriot countryman
соотношен	ratio correl relat
соперник	rival competitor
сопостав	compar
сопровожда	accompani escort
сопротивлен	resist opposi
сопротивля	resist
сорва	tear pick disrupt
соревнова	compet
соревнован	competi contest
сорок	forti
сороков	fortieth
соса	suck
сосед	neighbor neighbour
соскоч	jump
сосла	refer cite
сослов	estat class
сосн	pine
сосредоточ	concentr focu
состав	make compos constitut draw
составля	make compos constitut amount
состоя	consist
состоян	state condition
сосуд	vessel
сосчита	count
сот	hundredth
сотвор	creat make made
сотворен	creation
сотн	hundr
сотрудник	employe staff worker colleagu
сотруднича	cooper collabor
сотрудничеств	cooper collabor
сохран	keep kept preserv save retain
сохраня	keep preserv save retain
сочета	combin
сочин	compos write
сочиня	compos write
сочувств	sympathi compas
сочувствова	sympath
сошел	descend get go
сошл	descend get go
союз	union allianc
союзник	alli
спал	sleep slept
спальн	bedroom
спаса	save rescu escap
спасен	salvat rescu
спасител	savior saviour redeem
спаст	save rescu escap surviv
спат	sleep slept
спеет	sing sang sung
спектакл	perform plai show
спел	sing sang sung ripe
сперв	first
сперед	front
спет	sing sang sung
специалист	specialist expert
специальн	special especi deliber
спеш	hurri hasten rush
спин	back
список	list
спит	sing sang sung
спокойн	calmli quietli calm quiet peac
спокойств	calm tranquil peac
спор	disput argument debat argu quarrel
способ	wai method mean manner
способн	abil capac capabl abl
способносл	abil capac capabl
способствова	promot contribut facilit
споткнул	stumbl trip
споткнут	stumbl trip
справ	cope manag handl right
справедлив	justic fair just
справедливосл	justic fair
справк	certif refer inform
справля	cope manag inquir
спрашива	ask inquir question
спрос	demand ask inquir
спрыгнул	jump
спрыгнут	jump
спрята	hide hid hidden
спуска	descend
спуст	descend
спят	sing sang sung
спящ	sleep asleep
сравн	compar
сравнен	comparison
сравнива	compar
сража	fight fought battl
сражен	battl engag
сраз	immedi onc fight fought
сред	wednesdai environ medium
средн	middl averag medium
средств	mean remedi tool
срок	term period deadlin time
срочн	urgent
срыва	tear pick
ссор	quarrel argument
ссыла	refer cite
став	put place set stage
ставен	shutter
ставк	rate bet stake
стад	herd flock
стака	glass
стал	steel becom becam get begin
стальн	steel
станов	becom get grow
стар	ag old ancient
стара	try strive endeavor
старан	dilig effort
стареет	ag
старел	ag
старет	ag
старец	elder old
старик	old man elder
старин	ancient old
старосл	ag old
старост	ag old
старух	old woman
старш	elder senior older eldest
стат	articl claus becom becam get begin
ствол	trunk barrel
стебел	stem stalk
стекл	glass
стекля	glass
стен	wall
степ	stepp
степен	degre extent
стер	eras wipe
стереет	eras wipe
стерел	eras wipe
стерет	eras wipe
стереч	guard watch
стесня	shy embarrass hesit
стипенд	scholarship grant stipend
стира	wash eras
стих	vers poem
сто	cost worth hundr
стоимосл	cost valu price
стоимост	cost valu price
стол	tabl desk so such
столет	centuri
столиц	capit
столкновен	collision clash conflict
столов	dine canteen
стольк	so mani much
стон	moan groan
стона	groan moan
сторож	watchman guard keeper
сторон	side parti
сторонник	support adher
стоя	stand stood
страда	suffer
страдан	suffer
страж	guard watch
стражник	guard watchman
стран	countri land nation strang oddli odd weird queer
страниц	page
странник	wander pilgrim stranger
странствова	wander travel
страсл	passion
страст	passion
страстн	passion
страх	fear dread terror
страхова	insur
страшн	terribl awfulli afraid frighten scari fear dread
стрел	arrow
стрелец	archer musket
стрельб	shoot fire
стреля	shoot shot fire
стрем	strive seek aspir
стремительн	swift rapid impetu
стремлен	aspir strive desir
стро	system order format build built construct
строг	strict sever stern
строительств	construc build
стройк	construc build site
стройн	slender slim
строк	line
стру	stream flow
струс	coward chicken
стук	knock
стукнул	knock hit
стукнут	knock hit
стул	chair
ступ	step tread
ступа	step tread trod
ступен	step stage degre
ступеньк	step stair
ступн	foot feet
стуча	knock beat
стыд	shame asham
стыдлив	bash modest
стыдн	asham shame
суббот	saturdai sabbath
сугроб	snowdrift drift
суд	court trial judgment judg refere try tribun justic
судар	sir
судебн	judici court legal
судн	vessel ship boat
судьб	fate destini lot
сует	vaniti fuss bustl
сул	essenc gist point
сум	manag abl succe
сумасшедш	madman lunat mad crazi insan
сумеет	manag abl succe
сумел	manag abl succe
сумерк	twilight dusk
сумет	manag abl succe
сумк	bag handbag
сумм	sum amount total
сундук	chest trunk
сунул	shove stick thrust
сунут	shove stick thrust
суп	soup
супруг	spous husband wife
суров	sever harsh stern
суста	joint
сут	essenc gist point
сутк	dai
сух	dry
суш	dry
существ	creatur be essenc exist
существен	essenti substanti signific
существова	exist
существован	exist
сущносл	essenc entiti natur
сущност	essenc entiti natur
сформирова	form shape
схват	grab seiz grasp catch
схем	scheme diagram chart
сход	converg agre meet go descend
сходств	similar resembl like
сцен	stage scene
счаст	happi luck fortun
счастлив	happi lucki
счет	account bill score count
счита	count consid think believ reckon
съезд	congress conven
съесл	eat at eaten
съест	eat at eaten
сыгра	plai
сын	son
сынок	son sonni
сыпа	pour sprinkl
сыр	chees raw damp
сыросл	damp
сырост	damp
сыт	full satisfi
сыщик	detect
сюд	here hither
сюжет	plot stori
сят	network net chain
таблетк	pill tablet
тайн	secret mysteri secretli covert
так	such so thu
такж	also too likewis
тал	waist
талантлив	talent gift
там	there
таможен	custom
танец	danc
танцева	danc
тарелк	plate dish
тащ	drag pull haul trudg
тая	melt thaw
твар	creatur
тверд	firmli firm hard solid
тво	your thy thine
твор	creat make made do
творен	creation creatur work
творец	creator maker
тек	flow leak run
текл	flow leak run
текущ	current
тел	bodi
телег	cart wagon
теленок	calf
телесн	bodili physic corpor
телец	calf
телятин	veal
тем	topic subject theme
темн	darken dark
темнеет	darken
темнел	darken
темнет	darken
темниц	dungeon prison
темнот	dark
тен	shadow shade
тепер	now
тепл	warmth heat warm warmli
терза	torment tear
терн	thorn blackthorn
терп	bear endur toler bore
терпеет	bear endur toler bore
терпел	bear endur toler bore
терпелив	patient
терпен	patienc
терпет	bear endur toler bore
теря	lose lost
тесл	father
тесн	close tightli tight cramp narrow
тест	father dough pastri
тет	aunt
тетк	aunt woman
тетрад	notebook
техник	technolog equip techniqu
теч	flow leak run
течен	current flow cours
течет	flow leak run
тещ	mother
тира	tyrant
тих	quietli softli silent quiet still calm
тишин	silenc quiet still
ткал	weav wove woven
ткан	fabric cloth tissu
ткат	weav wove woven
тлеет	smolder
тлел	smolder
тлен	decai corrup
тлет	smolder
тлит	smolder
тлят	smolder
товар	good commod product
товарищ	comrad friend companion
тогд	then
тогдашн	then
тож	also too
ток	current
толка	push shove
толкнул	push shove
толкнут	push shove
толкова	interpret
толкован	interpret
толп	crowd
толст	thick fat stout
тольк	onli just
том	volum
тонк	thin fine delic subtl
тонул	drown sink sank
тонут	drown sink sank
топ	heat drown sink
топлив	fuel
топол	poplar
топор	ax
топта	trampl tread
торгов	trade commerci merchant
торгова	trade sell sold
торговл	trade commerc
тормоз	brake slow
тороп	hurri rush
тороплив	hurriedli hastili hurri hasti
торт	cake
торча	stick protrud
тоск	long yearn melancholi anguish
тосклив	dreari melancholi
тоскова	yearn long miss
тот	that
тотчас	immedi instantli
точк	point dot
точн	exactli precis exact accur
точносл	accuraci precision
точност	accuraci precision
тошн	sick nauseat
тощ	skinni thin
трав	grass herb
трамва	tram streetcar
трапез	meal repast
трат	spend spent wast
требова	demand requir need
требован	demand requir
тревог	anxieti alarm worri
тревож	disturb worri alarm
тревожн	anxiou alarm disturb
треет	third
трезв	sober
трел	third
тренер	coach trainer
тренирова	train practic
тренировк	train practic workout
трепет	trembl aw thrill
трепета	trembl
треснул	crack
треснут	crack
трет	third
треугольн	triangular
треща	crack crackl
трещин	crack fissur
три	three
тридца	thirti
тридцат	thirtieth
трижд	thrice three
тринадца	thirteen
тринадцат	thirteenth
трист	hundr
трит	third
тро	three
трога	touch move
троиц	triniti
тройн	tripl trebl threefold
трон	throne
тронул	touch move
тронут	touch move
троп	path trail
тропинк	path footpath trail
тросл	cane stick
трост	cane stick
тростник	reed cane
труб	pipe chimnei trumpet tube
труд	labor work labour toil
трудн	hard difficult
трудносл	difficulti
трудност	difficulti
трудов	labor work
трудолюбив	industri hardwork
труп	corps bodi
трус	coward
труслив	cowardli
трусосл	cowardic
трусост	cowardic
тряст	shake shook trembl
трят	third
туд	there
тума	fog mist foggi misti hazi vagu
туп	dull blunt stupid
турецк	turkish
тускл	dim dull
тут	here
туфл	shoe slipper
туч	cloud storm
туш	extinguish put stew
тщеслав	vaniti
тщетн	vain futil
ты	you thou your
тыкв	pumpkin gourd
тысяч	thousand
тысячелет	millennium
тысячн	thousandth
тьма	dark
тюлен	seal
тюремщик	jailer
тюрьм	prison jail
тяжел	heavili hard heavi difficult sever
тяжк	grave heavi grievou
тянул	pull drag draw drew stretch extend
тянут	pull drag draw drew stretch extend
уб	kill slai slew slain murder
убав	reduc
убега	run ran flee escap
убед	convinc persuad ensur sure
убежа	run ran flee fled escap
убежда	convinc persuad
убежден	convic belief persuasion
убежищ	refug asylum shelter sanctuari
убива	kill slai murder
убийств	murder kill assassin
убийц	murder killer assassin
убира	clean remov tidi
уборн	toilet lavatori restroom
убра	remov clean put
убыток	loss
уважа	respect esteem dear
уважен	respect esteem
уведом	notifi inform
увезт	take carri
увелич	increas enlarg
увеличен	increas growth rise
увеличива	increas grow
уверен	confid certainti sure certain
уверенносл	confid certainti
уверя	assur
увест	take lead led
увид	see saw seen notic
увидеет	see saw seen notic
увидел	see saw seen notic
увидет	see saw seen notic
увлег	carri captiv fascin
увлегл	carri captiv fascin
увлека	keen fond passion
увлеч	carri captiv fascin
увляжет	carri captiv fascin
увол	dismiss fire quit resign leav
увяда	wither fade
угада	guess
угнета	oppress
угнетен	oppres
уговарива	persuad coax
уговор	persuad convinc
угол	corner angl coal charcoal
уголовн	crimin
угост	treat
угоща	treat entertain
угощен	treat refresh
угрожа	threaten menac
угроз	threat menac
угрюм	sullen gloomi moros
уда	succe manag
удава	succe manag
удал	remov delet withdraw retir
удаля	remov delet withdraw reced
удар	blow strike stroke hit struck beat
ударя	hit strike
удач	luck fortun success
удачн	success good lucki
удел	devot pai give
уделя	devot pai give
удержа	hold held keep restrain
удержива	hold held keep retain restrain
удив	surpris wonder astonish amaz
удивлен	surpris astonish wonder
удивля	surpris wonder marvel amaz
удобн	conveni comfort
удобств	conveni comfort
удовлетвор	satisfi
удовлетворя	satisfi
удостовер	certifi
уезжа	leav left depart
уеха	leav left depart go
уж	alreadi yet
ужас	horror terror
ужасн	terribl awfulli horribl aw dread
ужин	supper dinner
ужина	dine supper sup
узел	knot node unit
узк	narrow
узна	learn find recogn know
узнава	learn recogn find
узник	prison captiv
уйт	leav go left gone
указ	decre edict
указа	indic point show specifi
указан	instruc indic direc
указыва	indic point show
уклоня	evad avoid dodg
укол	injec shot
украсл	steal stole stolen
украст	steal stole stolen
укреп	strengthen reinforc fortifi
укрепля	strengthen reinforc
уксус	vinegar
укус	bite bit bitten
улавлива	catch caught
улад	settl resolv
улет	fly flew
улетеет	fly flew
улетел	fly flew
улетет	fly flew
улитк	snail
улиц	street
улов	catch caught grasp
улучш	improv
улучша	improv enhanc
улучшен	improv
улыба	smile
улыбк	smile
улыбнул	smile
улыбнут	smile
ум	mind intellect wit can know abl wash
умеет	can know abl
умел	can know abl skill
умен	skill abil
уменьш	reduc decreas diminish
уменьша	decreas diminish shrink
уменьшен	decreas reduc
умер	die di dead
умереет	die di dead
умерел	die di dead
умерет	die di dead
умерш	dead deceas
умет	can know abl
умилен	tender emotion
умира	die dy
умн	clever smart intellig wise
умнож	multipli increas
умножа	multipli increas
умоля	beg implor plead
умствен	mental intellectu
умыва	wash
унаследова	inherit
унест	carri take
уничтож	destroi annihil
уничтожа	destroi annihil
уничтожен	destruc annihil
уныва	despond lose
упасл	fall fell fallen drop
упаст	fall fell fallen drop
упова	trust hope
уполномоч	author empow
упомина	mention
упомянул	mention
упомянут	mention
упорн	persist stubbornli
употреблен	us usag consump
употребля	us emploi
управлен	manag administr control
управля	manag govern control rule run
упражнен	exercis
упрека	reproach blame
упрекнул	reproach
упрекнут	reproach
упрост	simplifi
упрям	stubborn obstin
упуска	miss
упуст	miss lose
урага	hurrican
урегулирова	settl resolv
уровен	level
уродлив	ugli
урожа	harvest crop
урок	lesson class
урон	drop
ус	mustach moustach
усадьб	estat manor
усво	learn master assimil
усил	effort strengthen intensifi reinforc
усилива	strengthen intensifi
ускор	acceler speed hasten
ускоря	acceler speed
услов	condition term
усложн	complic
услуг	servic favor
услыша	hear heard
усмеха	smirk grin smile
усмехнул	smirk grin smile
усмехнут	smirk grin smile
уснул	asleep sleep slept
уснут	asleep sleep slept
усп	manag time
успева	manag keep
успеет	manag time
успел	manag time
успет	manag time
успех	success
успешн	success
успоко	calm sooth reassur
уст	lip mouth estuari
уста	tire weari
устав	stare
устава	tire weari
устал	tire weari fatigu tired
усталосл	fatigu tired weari
устанавлива	establish set instal
установ	establish instal set determin
устн	oral verbal
устойчив	stabil sustain
устойчивосл	stabil sustain
устраива	arrang organ suit
устран	elimin remov
устраня	elimin remov
устриц	oyster
устро	arrang organ
устройств	devic structur arrang
уступ	yield conced cede give
уступа	yield conced inferior cede give
уступк	conces
утверд	approv confirm establish
утвержда	claim assert maintain approv
утес	cliff crag
утеш	comfort consol
утеша	comfort consol
утешен	comfort consol solac
утк	duck
утомлен	tire weari
утонул	drown sink sank
утонут	drown sink sank
утр	morn
утрен	morn matin
утюг	iron
ух	ear
ухажива	care court nurs
ухмыльнул	grin smirk
ухмыльнут	grin smirk
уход	departur leav care go left
ухудш	worsen
ухудша	worsen deterior
ухудшен	deterior worsen
уч	teach learn taught studi
участ	particip part
участвова	particip take
участник	particip member
участок	plot site section area
учеб	studi learn
учебн	educ train
учен	scientist scholar teach doctrin learn scientif
ученик	pupil student discipl
учесл	consid account
учест	consid account
училищ	school colleg
учител	teacher master
учитыва	consid account
учред	establish found institut
учрежден	institu establish agenc
ушел	leav go left gone
ушл	leav go left gone
ущел	gorg canyon
ущерб	damag loss harm
фабрик	factori mill
фактическ	actual practic virtual factual
фальшив	fals fake
фамил	surnam name
фантаз	fantasi imagin
феврал	februari
фиалк	violet
филиа	branch affili
фим	incens
фиолетов	purpl violet
флот	fleet navi
фонар	lantern lamp streetlight
фонд	fund foundat
формирова	form shape
французск	french
фронт	front
фрукт	fruit
характер	charact natur temper
хат	hut cottag
хвал	prais boast
хваста	boast brag
хват	suffic enough
хвата	grab seiz enough
хвост	tail
хижин	hut cabin
хитр	cun sly
хлеб	bread
хлев	barn shed stabl
хлопа	clap slam flap
хлопнул	slam clap bang
хлопнут	slam clap bang
хмур	frown gloomi overcast
ход	cours move progress walk go went gone
хозяин	master owner host landlord
хозяйк	hostess mistress owner landladi housewif
хозяйств	economi household farm
хозяйствен	econom household
холм	hill
холод	cold chill
холодильник	fridg refriger
холодн	cold coldli
холост	singl bachelor idl
холст	canva
хорон	buri
хорош	well good nice fine better best
хот	want wish desir like feel
хотеет	want wish desir like feel
хотел	want wish desir like feel
хотет	want wish desir like feel
хохота	laugh roar
храбр	brave courag valiant
храбросл	braveri courag valor
храброст	braveri courag valor
храм	templ church
хран	keep kept store preserv
хром	lame
хрупк	fragil brittl
худ	thin lean bad
художествен	artist art fiction
художник	artist painter
худш	worst wors
хуж	wors
цар	tsar czar king
цариц	queen tsarina
царск	royal tsarist imperi
царств	kingdom realm reign
царствова	reign
царствован	reign
цвест	bloom blossom flower
цвет	color colour flower
цветок	flower
цветущ	bloom flower
цел	goal aim purpos target whole entir
целик	entir wholli complet
целова	kiss
целостн	integr
целостносл	integr
цен	price cost valu appreci prize valuabl preciou
ценносл	valu
ценност	valu
цеп	chain
церков	church
церковн	church ecclesiast
цитирова	quot cite
цифр	figur digit number
цыпленок	chicken chick
ча	tea
чайк	gull seagul
час	hour watch clock
часл	part portion share section
част	part portion share section often frequent
частичн	partial partli
частн	privat particular
чаш	cup bowl chalic
чашк	cup
чащ	thicket
че	whose
человек	man person human peopl men
человеческ	human
человечеств	human mankind humankind
челюсл	jaw
челюст	jaw
чемода	suitcas
чепух	nonsens rubbish
черв	worm
червяк	worm
чердак	attic loft
череп	skull
черепах	turtl tortois
чересчур	too excess
черн	black
черт	featur trait line devil
чесл	honor honour
чеснок	garlic
чест	honor honour
честн	honestli honest
четвер	four
четверг	thursdai
четверл	quarter
четверт	quarter fourth
четыр	four
четырест	hundr
четырнадца	fourteen
четырнадцат	fourteenth
чин	rank grade repair fix mend
чиновник	offici offic bureaucrat clerk
числ	number date
чист	clean brush peel pure clear
чистот	puriti cleanli
чита	read
читател	reader
чиха	sneez
член	member
чрев	womb belli
чрезвычайн	extrem exceedingli extraordinari emerg
что	what which
что-либ	anyth
что-нибуд	anyth someth
что-т	someth
чувств	feel sens emotion
чувствова	feel felt sens
чуд	miracl wonder marvel
чудесн	wonderfulli wonder marvel miracul
чудовищн	monstrou
чуж	foreign alien strang other
чужд	alien foreign
чужеземец	stranger foreign alien
чул	slightli bare
чум	plagu pestil
чут	slightli bare
чутк	sensit keen
чуть-чул	littl slightli bit
чуть-чут	littl slightli bit
шаг	step pace
шага	walk step stride
шагнул	step
шагнут	step
шалаш	hut shelter
шапк	hat cap
шатер	tent
ше	neck
шевел	move stir
шел	go walk went gone come
шелест	rustl
шелестеет	rustl
шелестел	rustl
шелестет	rustl
шелк	silk
шелков	silk
шепот	whisper
шепта	whisper
шерсл	wool fur coat
шерст	wool fur coat
шерстян	wool woolen
шесл	six
шест	six sixth
шестер	six
шестидесят	sixtieth
шестнадца	sixteen
шестнадцат	sixteenth
шестьдес	sixti
шестьсот	hundr
шеф	chief boss
шил	sew
шип	thorn spike
ширин	width breadth
широк	wide broadli broad
шит	sew
шкатулк	box casket
шкаф	cupboard wardrob closet cabinet
школ	school
школьн	school
школьник	schoolboi pupil schoolchild
шкур	skin hide fur
шла	go walk went gone come
шли	go walk went gone come
шло	go walk went gone come
шляп	hat
шосс	highwai road
шпаг	sword rapier
шпион	spy
штаб	headquart staff
штат	staff state
штраф	fine penalti
штрафова	fine
штук	thing piec
штурм	assault storm
шуб	coat fur
шум	nois rustl roar
шумеет	nois rustl roar
шумел	nois rustl roar
шумет	nois rustl roar
шумн	noisi
шут	joke
шутк	joke jest
щебета	chirp twitter
щедр	gener
щедросл	generos
щедрост	generos
щек	cheek
щел	crack gap slit
щелкнул	click snap
щелкнут	click snap
щенок	puppi pup
щи	soup
щит	shield
щук	pike
экзам	exam examin
эконом	save econom
экра	screen
электричеств	electr
эпох	epoch era ag
эт	thi it that
этаж	floor storei stori
этап	stage phase
этот	thi
эфир	air broadcast ether
юбк	skirt
юг	south
южн	southern south
юн	young youth
юносл	youth
юност	youth
юнош	youth young man lad
юридическ	legal jurid
яблок	appl
явлен	phenomenon occurr
явля	be appear repres constitut
явн	clearli obvious evid obviou clear explicit open
ягненок	lamb
ягод	berri
язык	languag tongu
языков	languag linguist
язычеств	pagan
язычник	pagan heathen
яйц	egg
якор	anchor
ям	pit hole
январ	januari
японск	japanes
ярк	brightli vividli bright vivid
яросл	rage furi
ярост	rage furi
яростн	furiou fierc
ясн	clearli clear bright
ясносл	clariti
ясност	clariti
ястреб	hawk
ячмен	barlei
ящериц	lizard
ящик	box drawer crate`;
