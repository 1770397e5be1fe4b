/**
 * The built-in dictionary stemmed (Russian stems, a tab, their English stems): written by
 * scripts/write-stems.mjs from the entry files; do not edit by hand. A test checks it is current.
 */
export const STEMS = `=вам =вами =вас	you ye
=весь	all whole entir everi
=все	everyth all everyon everybodi
=вы	you your
=для	for
=его	hi it
=ее =нее =ней =нею	her it
=ему =него =нему	him it
=ими =ними =них	them
=их	their
=меня =мне =мной =мною	me
=мы	we us our
=нам =нами =нас	us
=ним	him them
=он	he him hi it
=она	she her it
=они	thei them their
=оно	it
=тебе =тебя =тобой =тобою	you thee
=ты	you thou your
=я	me my mine
абрикос	apricot
абсолютн	absolut
авар	accid crash
август	august
автобус	bu
автомобил	car automobil vehicl
агнец агнц ягненк ягненок	lamb
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
алтар жертвенник	altar
амбар	barn granari
ангел	angel
английск	english british
анекдот	joke anecdot
апельсин оранжев	orang
апостол	apostl
аппарат	apparatu devic machin
апрел	april
аптек	pharmaci drugstor chemist
арбуз	watermelon
аренд арендова аренду арендует арендуеш	rent leas
арест арестова аресту арестует арестуеш	arrest
арм армейск	armi
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
бег бегут беж бежа	run ran flee fled
бега вбег вбегут вбеж вбежа выбег выбегут выбеж выбежа побегут побеж побежа подбег подбегут подбеж подбежа пробег пробегут пробеж пробежа	run ran
беглец беглц	fugit runawai
бегств	flight escap
бед	troubl misfortun disast
бедн	poverti poor
беднос бедносв бедносвш бедносет бедносеш бедносйт бедносл бедност бедносют бедносющ	poverti
бедр	hip thigh
беженец беженц	refuge
без	without
безграничн	boundless unlimit
бездн	abyss deep
беззакон	iniqu lawless
безлюдн	desert empti
безопасн	secur safeti safe
безопаснос безопасносв безопасносвш безопасносет безопасносеш безопасносйт безопасносл безопасносют безопасносющ	secur safeti
безответствен	irrespons
безум	mad insan folli
безумн	mad insan crazi foolish
безусловн	certainli uncondition absolut
бел белизн	white
белк	squirrel
белокур рус	blond fair
бер берет береш берут брал	take took taken undertak
берег	shore bank coast protect save spare cherish
берегл берегут бережет бережеш береч	protect save spare cherish
берез	birch
беремен	pregnant pregnanc
беременнос беременносв беременносвш беременносет беременносеш беременносйт беременносл беременносют беременносющ	pregnanc
бес	demon devil
бесед	convers talk chat
беседова беседу беседует беседуеш	talk convers chat
бесконечн	endless infinit
бесплатн	free
беспок беспоко беспокоа беспокоат беспокоен беспокоя	worri bother disturb
беспокойн	restless uneasi anxiou
беспокойств	anxieti worri concern troubl
бесполезн	useless futil
беспомощн	helpless
беспорядк беспорядок	disord mess disturb
бессильн	powerless helpless
бессмерт бессмертн	immort
бессмыслен	meaningless senseless pointless
бессон	sleepless
бесстыдн	shameless
бесцветн	colourless colorless
бесцен	priceless invalu
бесчислен	countless innumer
бешен	mad furiou rabid
бил бит бьем бьет бьеш бью бьют	beat hit strike struck
билет	ticket
бирюзов	turquois
битв	battl
благ	good bless welfar
благовеств благовествова благовеству благовествует благовествуеш	preach evangel
благовещен	annunci
благоговен	rever aw
благод благода	grace
благодар благодара благодарат благодарен благодаря поблагодар поблагодара поблагодарат поблагодарен поблагодаря	thank
благодарн	grate thank gratitud
благодарнос благодарносв благодарносвш благодарносет благодарносеш благодарносйт благодарносл благодарносют благодарносющ	gratitud thank
благородн дворянск знатн	nobl
благослов благослова благословат благословл благословля благословя	bless
благословен	bless benedic
благотворительн благотворительнос благотворительносв благотворительносвш благотворительносет благотворительносеш благотворительносйт благотворительносл благотворительносют благотворительносющ	chariti
благочестив	piou godli
блажен	bless bliss
блаженств	bliss blessed
бледн бледна бледнат бледне бледневш бледнеет бледнееш бледнел бледнен бледнет бледнеют бледнеющ бледня побледн побледна побледнат побледне побледневш побледнеет побледнееш побледнел побледнен побледнет побледнеют побледнеющ побледня	pale
блеск	shine glitter brillianc
блест блеста блестат блесте блестевш блестеет блестееш блестел блестен блестет блестеют блестеющ	shine glitter gleam sparkl
блестя	shine glitter gleam brilliant sparkl
ближ	closer nearer
ближайш	nearest next closest
близк	near close intim
блин	pancak
блуд	fornic
блудниц	harlot prostitut whore
блужд блужда брод брода бродат броден бродя скит скита	wander roam
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
бодрств бодрствова бодрству бодрствует бодрствуеш	awak watch
боев	combat battl fight
боец	fighter soldier warrior
бож	divin god
божествен	divin godli
бок	side
боков	side later
бол	pain ach ill sick hurt more
бола болат боле болевш болеет болееш болел болен болет болеют болеющ боля	ill sick hurt ach
болезн	diseas ill sick
болезнен	pain sickli morbid
болот	swamp marsh bog
болт болта	chat chatter
больн	patient pain hurt sick ill
больниц гостеприимн	hospit
больш	more big larg great greater larger bigger
большинств	major most
бор	fight fought struggl forest wood pine
бормот бормота пробормот пробормота	mutter mumbl
боро боровш бороет бороеш боройт борол борот бороют бороющ	fight fought struggl
бород бородат	beard
борозд	furrow
борьб	struggl fight wrestl
бос	barefoot
ботинк ботинок	boot shoe
бочк	barrel cask
боя	fear afraid dread
боярин	boyar nobl
бра бращ бри брив бривш брил брим брит бриш бру брь брю бря брят брящ	shave
брак	marriag defect matrimoni
брат	brother take took taken shave undertak brethren
братск	brotherli fratern
брви брвью бров	eyebrow brow
бревн	log
бред бреда бредат бреден бредя	rave deliri
брен	shave mortal perish
брест	wander trudg
бро брос броса бросат бросен брося	throw threw thrown abandon quit rush dash
бродяг	tramp vagabond
брызг брызга	splash sprai
брюк	trouser pant
буд	be wa were been wake woke
буда будат буден будя	wake woke
будет будеш будут будуч был	be wa were been
будт	though if seem
будущ	futur next
букв	letter
буквальн	liter
булк	roll bun loaf
бумаг бумажн	paper
бумажник	wallet
бунт	riot revolt rebellion mutini
бур	storm tempest brown
бутон	bud
бутылк	bottl
быв быва	be happen visit frequent
бывш	former ex
бык	bull ox
быстр	quickli fast rapidli quick rapid swift
быт	be exist wa were been
в-трет	third thirdli
вагон	car carriag wagon
важн	import signific crucial
важнос важносв важносвш важносет важносеш важносйт важносл важност важносют важносющ	import
вал валя	lie wallow
валют	currenc
ван	bathroom bath
вар вара варат варя	cook boil brew
варен	cook boil brew jam preserv
вариант	option version variant
василек василк	cornflow
ваш	your
вблиз	near nearbi
введ введет введеш введут ввел ввест	introduc enter impos
вверх	up upward abov overhead
ввод ввода вводат вводен вводя	introduc enter
вглядыв вглядыва всматрив всматрива	peer gaze
вдал	distanc afar
вдво	twice doubl togeth two
вдов вдовец вдовц	widow
вдовол	plenti enough
вдол	along
вдохнов вдохнова вдохноват вдохновен вдохновл вдохновля вдохновя	inspir
вдруг	suddenli
вед	lead led conduct keep kept know manag new tide messag
веда	know manag
ведет ведеш ведут	lead led conduct keep kept
ведомств	depart agenc
ведр	bucket pail
ведущ	lead
вежлив	polit
вез везет везеш везл везт везут	carri drive transport lucki
везд всюд отовсюд	everywher
век	centuri ag eyelid
вел	lead led conduct keep kept order tell bid new tide messag
вела велат веле велевш велеет велееш велел велен велет велеют велеющ веля	order tell bid
велик	great
великолепн	magnific splendid superb
велосипед	bicycl bike
вельмож	nobl grande lord
вем	new tide messag
вен	vein
венец венц	crown wreath
веник метл	broom
венч венча венчат венчен венчя	wed marri
вер	faith belief believ trust religi
вера верат верен веря повер повера поверат поверен поверя	believ trust
верблюд	camel
веревк	rope cord string
верн	return come back restor right true correct faith loyal loyalti fidel
вернет вернеш вернув вернул вернут	return come back restor
вернос верносв верносвш верносет верносеш верносйт верносл верност верносют верносющ	loyalti fidel faith
вероятн	probabl likelihood like
вероятнос вероятносв вероятносвш вероятносет вероятносеш вероятносйт вероятносл вероятносют вероятносющ	probabl likelihood
верт верта вертат верте вертевш вертеет вертееш вертел вертен вертет вертеют вертеющ вертя	spin turn twist
верх	top upper
верхн	upper top
верховн	suprem
вершин	top peak summit
вес	weight weigh
веса весат веся взве взвес взвеса взвесат взвесен взвеся	weigh
весел	merri fun cheerfulli merrili cheer gai jolli merriment gaieti enjoi rejoic
весела веселат веселен веселя	merri fun enjoi rejoic
весен	weigh spring
весл	oar
весн родник	spring
вест	lead led conduct keep kept new tide messag
вестник	messeng herald
весьм	veri highli
ветв	branch bough
ветер ветр	wind
ветк	branch twig
ветрен	windi
ветх	dilapid decrepit old
ветчин	ham
вечер	even night parti supper
вечеринк	parti
вечерн	even vesper
вечн	etern alwai forev everlast perpetu
вечнос вечносв вечносвш вечносет вечносеш вечносйт вечносл вечност вечносют вечносющ	etern
веш	hang hung new tide messag
веша вешат вешен вешя вис виса висат висе висевш висеет висееш висел висен висет висеют висеющ вися повес повеса повесат повесен повеся	hang hung
вещ	thing broadcast
веща вещат вещен вещя	broadcast
веществ	substanc matter
взаимн	mutual reciproc
взаимодейств взаимодействова взаимодейству взаимодействует взаимодействуеш	interact
взбир взбира взобер взоберет взобереш взоберут взобра лаз лаза лазат лазен лазя	climb
взволн взволну взволнует взволнуеш	excit agit upset
взволнова	excit agit upset worri
взгляд	look glanc view gaze
взглян взглянет взглянеш взглянув взглянул взглянут глян глянет глянеш глянув глянул глянут	glanc look
вздох вздохн вздохнет вздохнеш вздохнув вздохнул вздохнут	sigh breath
вздрогн вздрогнет вздрогнеш вздрогнув вздрогнул вздрогнут	start shudder flinch
вздых вздыха	sigh
взим взима	levi charg collect
взмах	wave stroke swing
взойд взойдет взойдеш взойдут взойт взошедш взошел взошл восхода восходат восходен восходя	rise rose ascend
взор	gaze look ey
взорв взорва	blow explod burst
взросл	adult grownup grown
взрыв	explosion blast blow explod
взрыва	blow explod
взыв взыва	appeal call cry
взыск взыска	recov collect exact
взяв взял взят возьм возьмет возьмеш возьмут	take took taken grab undertak
вид	view kind sort appear look see saw seen
вида видат виде видевш видеет видееш видел видет видеют видеющ видя	see saw seen
виден	vision see saw seen
видим	appar evid visibl
видн	visibl appar evid promin
видна виднат видне видневш виднеет виднееш виднел виднен виднет виднеют виднеющ видня	visibl
визж визжа визжат визжен визжя	squeal shriek
вилк	fork plug
вин	guilt fault blame wine
вина винат винен виня	blame
виноват	guilti
виновн	guilti culpabl
виноград	grape vine
виноградник	vineyard
винтовк	rifl
виск висок	templ
витяз	knight hero warrior
вихр	whirlwind
вишн	cherri
вклад	contribu deposit invest
вкладыв вкладыва	invest put
включ включа включат включен включя	includ turn switch
вкратц ненадолг	briefli
вкус	tast flavor flavour
вкусн	tasti delici
вкуш вкуша вкушат вкушен вкушя	tast eat
вла влас власв власвш власет власеш власйт власл власт власют власющ	power author rule govern
влад влада владат владе владевш владеет владееш владел владет владеют владеющ владя	own possess master
владелец владелц собственник	owner proprietor
владен	own possess master posses ownership estat
владык	lord master ruler sovereign
влажн	damp moist humid
властв властвова властву властвует властвуеш	rule domin
влез влезв влезвш влезет влезеш влезйт влезл влезт влезют влезющ	climb get
вли влия повл повлия	influenc affect
влиян	influenc effect impact
влож вложа вложат вложен вложя	invest put insert
влюб влюба влюбат влюбен влюбя	fall love
влюблен	love amor
вмест	hold contain accommod togeth
вместа вместат вместен вместя вмещ вмеща вмещат вмещен вмещя	hold contain accommod
вмеш вмеша вмешат вмешательств вмешен вмешив вмешива вмешя	interfer interven
вначал	first initi
внви внвью внов	again anew
вне внес внесет внесеш внесл внест внесут вно внос вноса вносат вносен внося	bring make introduc contribut
внезапн	suddenli sudden
внешн	appear look outwardli extern outer foreign
внешнос внешносв внешносвш внешносет внешносеш внешносйт внешносл внешност внешносют внешносющ	appear look
вниз	down downward below downstair beneath
вним внима	heed listen
вниман	atten
внимательн	carefulli attent close care
внук	grandson grandchild
внутр	insid within
внутрен	intern inner domest
внучк	granddaught
во-втор	second secondli
во-перв	first firstli
воврем вовремен врем	time
вовс	quit entir
вод	water lead led drive take
вода водат воден водя	lead led drive take
водител	driver
водн водян полив полива	water
водопад	waterfal
воева воу воует воуеш	fight fought war
воевод	governor command
воен	militari war
вожд	leader chief
воз воза возат возен возя	carri drive transport
возбуд возбуда возбудат возбуден возбудя	initi excit arous
возвещ возвеща возвещат возвещен возвещя	proclaim announc
возвод возвода возводат возводен возводя	erect build
возвра возвращ возвраща возвращат возвращен возвращя	return restor come
возврат	return refund
возврата возвратат возвратен возвратя	return
возглав возглава возглават возглавен возглавл возглавля возглавя	head lead led
воздейств	impact effect influenc
воздерж воздержа воздержат воздержен воздержив воздержива воздержя	abstain refrain
воздух воздушн	air
возлож возложа возложат возложен возложя	lai laid entrust
возлюб возлюба возлюбат возлюбен возлюбя любв любов	love
возлюблен	belov lover
возможн	opportun possibl chanc perhap mayb
возможнос возможносв возможносвш возможносет возможносеш возможносйт возможносл возможносют возможносющ	opportun possibl chanc
возн вознес вознесет вознесеш вознесл вознест вознесут	ascend
вознесен	ascen
возник возника	aris emerg occur
возникн возникнет возникнеш возникнув возникнул возникнут	aris aros arisen emerg
возобнов возобнова возобноват возобновен возобновя	resum renew
возраж возража возражат возражен возражя	object
возраз возраза возразат возразен возразя	object retort
возраст	ag increas grow rise
возраста возрастет возрастеш возрастут возрос возросл	increas grow rise
возрод возрода возродат возроден возродя ож оживет оживеш оживут	reviv
возрожден	reviv rebirth renaiss
воин	warrior soldier
воинск	militari
войд войдет войдеш войдут войт вошедш вошел вошл входа входат входен входя	enter come go
войн	war warfar
войск	armi troop forc host
вокза	station
вокруг	around round
вол	will freedom liberti ox oxen
волк	wolf wolv
волн	wave worri nervou anxiou excit concern
волнен	excit agit emotion
волнова волну волнует волнуеш	worri nervou anxiou excit concern
волос	hair
волоч волоча волочат волочен волочя	drag
воображ вообража воображат воображен воображя	imagin fanci
вообраз вообраза вообразат вообразен вообразя	imagin
вообщ поколен	gener
вооружен	arm armament weapon
воп вопьет вопьеш вопьют	wail scream
вопл	wail cry scream howl
вопрос	question issu matter
вор	thief thiev steal stole stolen
вороб	sparrow
ворова вору ворует воруеш красв красвш красет красеш красйт красл краст красют красющ укр украс украсв украсвш украсет украсеш украсйт украсл украст украсют украсющ	steal stole stolen
ворон	crow raven black
ворот	gate
ворч ворча ворчат ворчен ворчя	grumbl
восем	eight
восемнадц восемнадца	eighteen
восемнадцат	eighteenth
восемьдес	eighti
восемьсот двест девятьсот пятьсот семьсот сотн трист четырест шестьсот	hundr
воскликн воскликнет воскликнеш воскликнув воскликнул воскликнут	exclaim cry
воскр воскрес воскреса воскресат воскреся	resurrect reviv rais
воскресен	sundai resurrec resurrect reviv rais
воскресн воскреснет воскреснеш воскреснув воскреснул воскреснут	rise rose risen resurrect
воспит воспита	rais bring
воспитан	upbring educ
воспитыв воспитыва	rais bring educ
воспоминан	memori recollec reminisc
восприят	percep
восста восстанет восстанеш восстанут	rise rose rebel revolt
восстав восстава	rise rebel revolt
восстан	upris rebellion revolt insurrec rise rose rebel
восстанавлив восстанавлива восстанов восстанова восстановат восстановен восстановя	restor rebuild
восстановлен	restor recoveri reconstruc
востк восток	east
восторг	delight raptur enthusiasm
восторжен	enthusiast raptur
восточн	eastern east
восхищ восхища восхищат восхищен восхищя	admir delight fascin
восход	rise rose ascend sunris
восьм	eighth
восьмидесят	eightieth
вот	behold here
вперв перв снача сперв	first
вперед	forward ahead front
впечатлен	impres
вполн	quit fulli entir
впоследств	later subsequ afterward
вправд	realli truli
впред	henceforth futur
впроч	howev though
вра врав вравш врает враеш врайт врал врают врающ	lie
враг	enemi foe
вражд	enmiti hostil feud
враждебн	hostil
вражеск	enemi hostil
врат	lie gate
врач	doctor physician
вред вреда вредат вреден вредя	harm damag hurt
вредн	harm
времен	time occasion temporari
вруч вруча вручат вручен вручя	hand present deliv
вряд	hardli unlik
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
вскоч вскоча вскочат вскочен вскочя	jump leap spring
вскрикн вскрикнет вскрикнеш вскрикнув вскрикнул вскрикнут	cry scream
вслед	after
вслух	aloud
всплы всплыв всплывш всплыет всплыеш всплыйт всплыл всплыт всплыют всплыющ	surfac emerg
вспомин вспомина вспомн вспомна вспомнат вспомнен вспомня	rememb recal recollect
вспыхн вспыхнет вспыхнеш вспыхнув вспыхнул вспыхнут	flare flash blaze
вста встает встаеш встал встан встанет встанеш встанут встат встают	get stand stood rise rose
встав встава	get stand stood rise rose insert put
встават вставен вставя	insert put
встрет встрета встретат встретен встретя	meet met encount
встреч	meet encount met greet occur date
встреча встречат встречен встречя	meet met encount greet occur date
встречн	oncom counter
вступ вступа вступат вступен вступя	enter join
всхлипыв всхлипыва	sob
всяк	ani everi all
всяческ	all everi
втор	second
вторгн вторгнет вторгнеш вторгнув вторгнул вторгнут	invad intrud
вторжен нашеств	invasion
вторник	tuesdai
втро	three tripl togeth
вход	entranc entri enter come go
вчер вчерашн	yesterdai
выбер выберет выбереш выберут выбир выбира выбра	choos chose chosen select elect
выбор	choic selec elec vote poll
выв вывш выет выеш выл выт выют выющ	howl wail
вывед выведет выведеш выведут вывел вывест	lead led take bring
вывод	conclusion infer lead led take conclud
вывода выводат выводен выводя	lead led take conclud
выгляд выгляда выглядат выгляде выглядевш выглядеет выглядееш выглядел выгляден выглядет выглядеют выглядеющ выглядя	look seem appear
выглян выглянет выглянеш выглянув выглянул выглянут заглядыв заглядыва	look peep
выгод	benefit profit advantag gain
выгодн	profit advantag
выд выдав выдава выдад выдадут выдаст выдаш	give issu betrai
выда	give issu betrai outstand promin emin
выдач	issu deliveri extradi
выдел выделя	alloc distinguish emphas singl highlight stand
выдела выделат выделен	alloc singl highlight
выдерж выдержа выдержат выдержен выдержя	withstand endur bear stand
выдр	otter
выдум выдума	invent fabric
выж выжив выжива выживет выживеш выживут	surviv
вызва вызов вызовет вызовеш вызовут вызыв вызыва	caus call summon provok
выздоравлив выздоравлива выздоров выздорова выздороват выздорове выздоровевш выздоровеет выздоровееш выздоровел выздоровен выздоровет выздоровеют выздоровеющ выздоровя	recov
выигр выигра выигрыв выигрыва	win won gain
выйд выйдет выйдеш выйдут выхода выходат выходен выходя вышедш вышел вышл	go come leav exit
выйт	go come leav exit howl wail
вылезт лез лезв лезвш лезет лезеш лезйт лезл лезт лезют лезющ	climb crawl
вылет вылета вылетат вылете вылетевш вылетеет вылетееш вылетел вылетен вылетет вылетеют вылетеющ вылетя	fly depart
вылеч вылеча вылечат вылечен вылечя	cure heal
вым вымы вымыет вымыеш вымыйт вымыют вымыющ ом омы омыет омыеш омыйт омыют омыющ умы умыв умыва умыет умыеш умыйт умыют умыющ	wash
вын	take pull carri bear endur
вынес вынесет вынесеш вынесл вынест вынесут вынос выноса выносат выносен вынося	carri take bear endur
вынет вынеш выним вынима вынув вынул вынут	take pull
вынуд вынуда вынудат вынуден вынудя вынужд вынужда	forc compel
вып	drink drank drunk fall fell drop
выпас выпасв выпасвш выпасет выпасеш выпасйт выпасл выпаст выпасют выпасющ	fall fell drop
выпла выплат выплата выплатат выплатен выплатя выплачив выплачива запла заплат заплата заплатат заплатен заплатя плата платат платен платя	pai paid
выполн выполня	fulfil perform execut carri
выполна выполнат	fulfil perform execut
выполнен	execu fulfil perform implement execut
выпр выпрям выпряма выпрямат выпрямен выпрямя	straighten
выпуск выпуска выпуст выпуста выпустат выпустен выпустя	releas issu produc
выпускник	graduat
выпьет выпьеш выпьют пит пьем пьет пьеш пью пьют	drink drank drunk
выраж выража выражат выражя выраз выраза выразат выразен выразя	express
выражен	expres express
выраст раст	grow grew grown rais
выраста вырастат вырастен вырастя	grow rais
вырастет вырастеш вырастут вырос выросл растет растеш растут росл	grow grew grown
выращив выращива	grow rais cultiv
вырв вырва	escap break burst pull tear extract
выскоч выскоча выскочат выскочен выскочя прыг прыга прыгн прыгнет прыгнеш прыгнув прыгнул прыгнут прыжк прыжок	jump leap
высок	high tall lofti
высот	height altitud
высохн высохнет высохнеш высохнув высохнул высохнут сух суш суша сушат сушен сушя	dry
выставк	exhibi show
выстрел	shot shoot fire
выстрела выстрелат выстрелен выстреля стреля	shoot shot fire
выступ выступа	speak perform act appear
выступат выступен выступя	speak perform act
выступлен	speech perform appear
высш	highest higher suprem
выта вытащ вытаща вытащат вытащен вытащя	pull drag extract
вытер вытера вытерат вытере вытеревш вытереет вытерееш вытерел вытерен вытерет вытереют вытереющ вытеря вытир вытира	wipe dry
выход	exit wai output outlet go come leav
выч вычес вычесв вычесвш вычесет вычесеш вычесйт вычесл вычест вычесют вычесющ	subtract deduct
вычисл вычисла вычислат вычислен вычисля рассчит рассчита	calcul comput
выш	higher abov
выясн выясна выяснат выяснен выясня	find ascertain clarifi turn emerg
вьюг метел	blizzard snowstorm
вяз вяза	knit tie
вял	sluggish limp listless
вян вянет вянеш вянув вянул вянут увяд увяда	wither fade
гаван	harbor harbour haven
гадк	nasti vile
газет	newspap paper
гасн гаснет гаснеш гаснув гаснул гаснут	fade die
гвозд	nail
где куд	where
гениальн	brilliant geniu
гер	hero charact protagonist
герб	emblem crest arm
гибел	death destruc ruin loss
гибк	flexibl
гибн гибнет гибнеш гибнув гибнул гибнут погиб погиба	perish die
гигантск	gigant giant huge
глав	head chief chapter
главн	main chief princip head
глад глада гладат гладен гладя	iron stroke
гладк	smooth
глаз ок	ey
глин	clai
глот глота ласточк	swallow
глубин	depth
глубок	deepli deep profound
глуп	stupid foolish folli nonsens silli
глупец глупц	fool
глупос глупосв глупосвш глупосет глупосеш глупосйт глупосл глупост глупосют глупосющ	stupid foolish folli nonsens
глух	deaf
гляд гляда глядат гляде глядевш глядеет глядееш глядел гляден глядет глядеют глядеющ глядя	look gaze
гна гнат	chase drive drove driven rot decai
гнав гнавш гнает гнаеш гнайт гнал гнают гнающ	chase drive drove driven
гнащ гнен гни гнив гнивш гним гнит гниш гнь гню гня гнят гнящ	rot decai
гнев	anger wrath
гнева гнует гнуеш гнуют гнующ разозл разозла разозлат разозлен разозля рассерд рассерда рассердат рассерден рассердя серд серда сердат серден сердя	angri
гнед	bai
гнезд	nest
гнет	oppres yoke
гнил	rot decai rotten
гну	rot decai angri
говор говора говорат говорен говоря	sai said speak talk tell
говядин	beef
год	year fit suit serv
года годат годен годя	fit suit serv
годовщин	anniversari
гол	nake bare nude
голов	head
голод	hunger famin starv starvat
голода	starv hunger
голодн	hungri
голос	voic vote
голосова голосу голосует голосуеш	vote
голосован	vote ballot
голуб	pigeon dove blue
гонен	persecu
гонец гонц	messeng courier
гор	mountain hill grief sorrow woe burn burnt griev mourn
гора горат горе горевш гореет горееш горел горен горет гореют гореющ горя сгор сгора сгорат сгоре сгоревш сгореет сгорееш сгорел сгорен сгорет сгореют сгореющ сгоря сжгла сжгли сжгу сжгут сжег сжеч сжжет сжжеш	burn burnt
горазд намн	much far
горд	pride proud proudli
горда гордат горден гордя	proud
гордос гордосв гордосвш гордосет гордосеш гордосйт гордосл гордост гордосют гордосющ	pride
гордын	pride arrog
горева гору горует горуеш скорба скорбат скорбе скорбевш скорбеет скорбееш скорбел скорбен скорбет скорбеют скорбеющ скорбя	griev mourn
горл	throat
горн	mountain
город	citi town
городск	urban citi town
горох	pea
горчиц	mustard
горшк горшок	pot
горьк	bitterli bitter
горяч	hotli warmli ardent hot
гос госв госвш госет госеш госйт госл госют госющ	guest visitor
господ	lord god
господин	mister lord master gentleman sir
господск	master lordli
господств	domin prevail dominion supremaci rule
господствова господству господствует господствуеш	domin prevail
госпож	ladi madam mistress
гост	guest visitor stai visit
госта гостат гостен гостя	stai visit
гостин	parlor loung live parlour draw room
гостиниц	hotel inn
государ	sovereign king lord emperor
государств	state govern
государствен	state public govern nation
готов	prepar cook readi
готова готоват готовен готовя приготов приготова приготоват приготовен приготовя	prepar cook
гра грат гращ гре грев гревш греет грееш грейт грел грен грет греют греющ гри грив гривш грим грит гриш грь грю гря грят грящ	warm heat
граб граба грабат грабен грабя	rob plunder loot
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
грем грема гремат греме гремевш гремеет гремееш гремел гремен гремет гремеют гремеющ гремя	thunder rumbl
грест	row rake
грех греш греша грешат грешен грешн грешя согреш согреша согрешат согрешен согрешя	sin
греческ	greek
грешник	sinner
гриб	mushroom fungu
гроб	coffin
гроз	thunderstorm storm threaten
гроза грозат грозен грозя	threaten
гром	thunder
громадн	huge enorm
громк	loudli aloud loud
гру	warm heat sad melancholi
груб	rude roughli rough coars
груд	chest breast bosom
груз	cargo load freight burden
груза грузат грузен грузя	load
грузовик	truck lorri
грус грусв грусвш грусет грусеш грусйт грусл грусют грусющ	sad melancholi
груст	sad griev melancholi
груста грустат грустен грустя	sad griev
грустн	sadli sad
груш	pear
гряз	dirt mud filth
грязн	dirti filthi
гу	goos gees
губ	lip ruin destroi
губа губат губен губя погуб погуба погубат погубен погубя	ruin destroi
губерн провинц	provinc
гуд гуда гудат гуде гудевш гудеет гудееш гудел гуден гудет гудеют гудеющ гудя	hum buzz honk
гул гуля	walk stroll
густ	thick dens
да	ye
дав дава	give gave given let press crush squeez
дават давен давя	press crush squeez
давлен	pressur
давн давным-давн	long ago
дад дадут дает даеш дайт даст дат даш дают	give gave given let
даж	even
дал	give gave given let further
далек	far awai distant remot
дальн	far distant remot further subsequ
дальш	further farther
дам	ladi dame give gave given let
дан	data evid given thi tribut
дар	gift talent give present free vain
дара дарат дарен даря подар подара подарат подарен подаря	give present
два дво	two
двадц двадца	twenti
двадцат	twentieth
дважд	twice
двенадц двенадца	twelv
двенадцат	twelfth
двер	door
двиг двига двин двинет двинеш двинув двинул двинут	move
движен	movement motion traffic
двойн	doubl dual twofold
двор	yard courtyard court
дворец дворц	palac
дворянин	nobleman nobl
дворянств	nobil gentri
двоюродн	cousin
дев	nine virgin maiden maid
девк	girl wench lass
девочк	girl
девушк	girl maiden
девчонк	girl lass
девя	nine
девян	nineti ninetieth
девят	ninth
девятнадц девятнадца	nineteen
девятнадцат	nineteenth
дед	grandfath
дедушк	grandfath grandpa
действ	action act effect oper work current valid
действительн	realiti actual realli inde truli real valid
действительнос действительносв действительносвш действительносет действительносеш действительносйт действительносл действительносют действительносющ	realiti actual
действова действу действует действуеш	act oper work
декабр	decemb
дел	busi matter affair case deed do make did done made becom get divid share
дела	do make did done made becom get divid share
делат делен деля	divid share
ден дне дни дню дня дням днях сутк	dai
денежн	monetari monei cash
деньг	monei cash
депеш	dispatch telegram
дерев	tree wood
деревенск	villag rural countri
деревн	villag countrysid countri
деревя	wooden wood
держ держа держат держен держя	hold held keep kept
держав	power state
дес деся	ten
десят	tenth
десятилет	decad
десятк десяток	ten dozen
дет детьм ребенк ребенок	child kid babi children infant
детал	detail part
детск	child children childish
детств	childhood
дешев	cheap
деятельн деятельнос деятельносв деятельносвш деятельносет деятельносеш деятельносйт деятельносл деятельносют деятельносющ	activ work
дива	sofa couch
дивиз	division
дик	wild savag
дит	child children
дич	game
дла длат длащ длен дли длив дливш длил длим длит длиш длу дль длю длят длящ	last
длин	length long
длительн	long lengthi prolong
дневн	dai daili
днем	dai afternoon
дно низ	bottom
до доа доат доен доя молок	milk
доб	achiev obtain attain extract get
добав добава добават добавен добавл добавля добавя прибав прибава прибават прибавен прибавл прибавля прибавя	add
добер доберет добереш доберут добра дойд дойдет дойдеш дойдут дойт дохода доходат доходен доходя дошедш дошел дошл	reach get
добив добива	seek achiev strive
добр	good kind
добровольн	voluntari
добродетел	virtu
добродушн	kind amiabl
доброт	kind good
добуд добудет добудеш добудут добудуч	obtain extract get
добыв добыва	extract mine obtain
добыч	extrac mine prei booti loot spoil
добьет добьеш добьют	achiev obtain attain
довед доведет доведеш доведут довел довест	bring lead drive
довер	trust confid entrust
довера доверат доверен	entrust trust
доверя	trust entrust
довольн	rather quit fairli enough pleas satisfi content
догад догада угад угада	guess
догадк	guess conjectur
догадыв догадыва	guess suspect
догн догна	catch overtak
договарив договарива	agre negoti arrang
договор	treati contract agreement agre arrang negoti
договора договорат договоря	agre arrang negoti
договорен	agreement arrang understand agre negoti
договореннос договоренносв договоренносвш договоренносет договоренносеш договоренносйт договоренносл договоренносют договоренносющ	agreement arrang understand
догон догоня	catch overtak chase
дожд	rain wait await
дожда дождет дождеш дождут	wait await
дождлив	raini
докаж докажет докажеш докажут доказа	prove
доказательств	proof evid
доказыв доказыва	prove argu
доклад	report paper lectur
докладыв докладыва долож доложа доложат доложен доложя	report
докол	until long
дол	share part fate
долг	debt duti long
долж	must should ow
должн	position post offic due proper
должник	debtor
должнос должносв должносвш должносет должносеш должносйт должносл должност должносют должносющ	position post offic
долин	vallei
дом	hous home build
домашн	home domest
дон	come drift reach carri report inform
донес донесет донесеш донесл донест донесут	carri report inform
донесен	report dispatch
донос доноса доносат доносен донося	come drift reach report inform carri
донын досел	hitherto
допр допроса допросат допросен допрося	interrog question
допрашив допрашива допрос	interrog question examin
допуск допуска допуст допуста допустат допустен допустя	allow admit assum
дорог	road wai dear expens
дорожк	path track lane
доск	board blackboard plank
доста достан достанет достанеш достанут	get reach take obtain
достав достава	deliv bring brought get reach take
достават доставен доставя	deliv bring brought
доставк	deliveri
доставл доставля	deliv bring
достаточн	enough suffici adequ
достиг достига достигн достигнет достигнеш достигнув достигнул достигнут достич	reach achiev attain
достижен	achiev accomplish
достоинств	digniti merit virtu advantag
достойн	worthi deserv
доход	incom revenu profit reach get
доч дочер дочк	daughter
дра драв дравш драет драеш драйт драл драт драют драющ подр подра сраза сразат сразен сразя	fight fought
драгоцен	preciou
дразн дразна дразнат дразнен дразня	teas
драк	fight brawl
древн	ancient antiqu
древнос древносв древносвш древносет древносеш древносйт древносл древност древносют древносющ	antiqu
дров	firewood wood
дрож дрожа дрожат дрожен дрожя	trembl shake shook shiver
дрозд	thrush
друг	friend other anoth differ els
друж дружа дружат дружен дружя друз	friend
дружб	friendship
дружеск	friendli
дружин	retinu guard squad
дружн	friendli unit
дуб	oak
дув дувш дует дуеш дуйт дул дут дуют дующ	blow blew blown
дум дума подум подума	think thought
дурак	fool idiot
дурн	bad evil
дух	spirit ghost
духовн	spiritu
душ	soul heart
душевн	mental spiritu heartfelt
душн	stuffi sultri
дым дыма дымат дымен дымя кур кура курат курен куря	smoke
дын	melon
дыр	hole
дыхан дыш дыша дышат дышен дышя	breath
дьявол	devil
дюжин	dozen
дяд	uncl
дятел	woodpeck
евангел	gospel
еврейск	jewish hebrew
ед	food meal
едв	bare hardli scarc
едет едеш едут еха	go ride drive travel
един	singl unit unifi on
единиц	unit on
единств	uniti
единствен	onli sole singl
еж	hedgehog
ежегодн	annual yearli
ежедневн	daili
ежемесячн	monthli
еженедельн	weekli
езд езда ездат езден ездя	ride drive travel go
ел	fir spruce bare hardli oil
елк	fir spruce tree
ер	heresi
еретик	heret
ерунд чепух	nonsens rubbish
есл	if
ест съед съел съем съест съеш	eat at eaten
естествен природ природн	natur
ещ	still yet more els
жаб	toad
жав жавш жает жаеш жайт жат жащ жают жающ живш жим жиш жят жящ	press squeez shake reap
жаворонк жаворонок	lark
жадн	greedili eagerli greedi greed avaric
жаднос жадносв жадносвш жадносет жадносеш жадносйт жадносл жадност жадносют жадносющ	greed avaric
жажд жажда	thirst crave long
жал	piti compas regret sorri spare press squeez shake complain reap
жала жалат жале жалевш жалеет жалееш жалел жален жалет жалеют жалеющ жаля пожала пожалат пожале пожалевш пожалеет пожалееш пожалел пожален пожалет пожалеют пожалеющ пожаля	regret piti sorri spare
жалк	piti miser pathet wretch
жалоб	complaint
жалова жалу жалует жалуеш пожалова пожалу пожалует пожалуеш	complain
жалос жалосв жалосвш жалосет жалосеш жалосйт жалосл жалост жалосют жалосющ	piti compas
жар	heat fry roast
жара жарат жаря	fry roast
жарен	fry roast fri
жарк	hot
жатв	harvest reap
ждал ждат ждем ждет ждеш жди жду ждут	wait await expect
жева жует жуеш жуют жующ	chew
жел	wish desir
жела	wish desir welcom
желан	desir wish
желательн	desir
желез железн утюг	iron
железнодорожн	railwai railroad
желт	yellow
желудк желудок	stomach
желч	bile gall
жемчуг	pearl
жен	wife wive groom bridegroom fianc marri press squeez shake reap
жена женат женен женя	marri
женск	femal women feminin
женщин	woman women ladi
жеребенк жеребенок	foal colt
жертв	victim sacrific donat offer
жертвова жертву жертвует жертвуеш пожертв пожертвова пожертву пожертвует пожертвуеш	sacrific donat
жертвоприношен	sacrific offer
жест	gestur
жестк	hard tough rigid harsh
жесток	cruelli cruel cruelti
жестокос жестокосв жестокосвш жестокосет жестокосеш жестокосйт жестокосл жестокосют жестокосющ	cruelti
жив	live dwell press squeez shake vividli briskli aliv reap
живет живеш живут	live dwell
живот	belli stomach abdomen
животн	anim beast
жидк	liquid
жизн	life live exist
жил	hous dwell accommod live vein sinew
жилищ	dwell abod home
жирн	fat fatti greasi
жит	live dwell press squeez shake reap
жител	resid inhabit
жрец жрца жрцам жрцах жрце жрцов жрцом жрцу жрцы	priest
жужж жужжа жужжат жужжен жужжя	buzz hum
жук	beetl bug
журавл	crane
журна	magazin journal log
журч журча журчат журчен журчя	murmur babbl
заб забуд забудет забудеш забудут забудуч забыв забыва	forget forgot forgotten
забастовк	strike
забер заберет забереш заберут забра	take took taken
заберем заберемен заберемена забеременат заберемене забеременевш забеременеет забеременееш забеременел забеременен забеременет забеременеют забеременеющ забеременя	pregnant conceiv
забир забира	take collect
заблуд заблуда заблудат заблуден заблудя	lost
забол забола заболат заболе заболевш заболеет заболееш заболел заболен заболет заболеют заболеющ заболя	ill sick fall
забор	fenc
забот	care concern look
забота заботат заботен заботя	care look
забыт	forgotten
зав завис зависет	envi depend
завар завара заварат заварен заваря	brew
завед заведет заведеш заведут завел завест	start take lead acquir
завер завера заверат заверен заверя	assur certifi
заверн завернет завернеш завернув завернул завернут	wrap turn
заверш заверша завершат завершен завершя	complet finish conclud
завет	testament coven
завещ завеща завещат завещен завещя	bequeath will
завещан	will testament
завид завидова завиду завидует завидуеш зависв зависвш зависеш зависйт зависл завист зависют зависющ позавид позавидова позавиду позавидует позавидуеш	envi
зависа зависат зависе зависевш зависеет зависееш зависел зависен зависеют зависеющ завися	depend
зависим зависимос зависимосв зависимосвш зависимосет зависимосеш зависимосйт зависимосл зависимосют зависимосющ	depend addic
заво завоева завоу завоует завоуеш	conquer win won
завод	factori plant work start wind acquir
завода заводат заводен заводя	start wind acquir
завоеван	conquest
завоевател	conqueror
завтр завтрашн	tomorrow
завтрак завтрака позавтрак позавтрака	breakfast
завяз завяза	tie knot
загадк	riddl mysteri puzzl
заглян заглянет заглянеш заглянув заглянул заглянут	look peep drop
заговор	speak talk begin conspiraci plot
заговора заговорат заговорен заговоря	speak talk begin
заговорщик	conspir plotter
загор загора загорат загоре загоревш загореет загорееш загорел загорен загорет загореют загореющ загоря	catch ignit light
зад зада	set ask give touch hurt brush
задав задава	set ask
задад зададут задаст задаш	set ask give
задан	task assign
задат заде задевш задеет задееш задел заден задет задеют задеющ задя	touch hurt brush
задач	task problem object
задерж задержа задержат задержен задержя	delai detain hold
задержив задержива	delai detain
задн	back rear
задолж задолжа задолжат задолжен задолжя	ow
задум задума	think ponder wonder conceiv plan intend
задумчив	thought pensiv
зажг зажгл зажгут зажег зажеч зажжет зажжеш	light lit ignit
заинтерес заинтересова заинтересу заинтересует заинтересуеш интерес интересн интересова интересу интересует интересуеш	interest
зайд зайдет зайдеш зайдут зайт зашедш зашел зашл	come call drop enter
займ займет займеш займут заня	take start begin engag occupi borrow
закаж закажет закажеш закажут заказ заказа заказыв заказыва порядк порядок	order
заканчив заканчива законч законча закончат закончен закончя	finish complet end
закат	sunset declin
заключ заключа заключат заключя	conclud imprison enclos contain consist lie
заключен	prison inmat convict conclud imprison enclos contain consist lie conclusion confin
закон	law act legal legitim statut rule
законодательств	legisl law
закр закры закрыв закрыва закрыет закрыеш закрыйт закрыт закрыют закрыющ затвор затвора затворат затворен затворя	close shut
закур закура закурат закурен закуря	light smoke
зал	hall room bai gulf
зам замен замена заменат заменен заменя	replac substitut
замедл замедла замедлат замедлен замедля	slow
замер замера замерат замере замеревш замереет замерееш замерел замерен замерет замереют замереющ замеря	freez froze stop
замерз замерза замерзн замерзнет замерзнеш замерзнув замерзнул замерзнут	freez froze frozen
заместител	deputi
замет замета заметат заметен заметя замеч замеча замечат замечен замечя	notic note remark observ
заметк записк	note
заметн	notic visibl
замечательн	wonderfulli remark wonder excel
замир замира	freez stop
замк замок	castl lock
замолч замолча замолчат замолчен замолчя	silent stop
замысел	plan design idea inten
замышл замышля	plot scheme
занавеск	curtain
заним занима	studi engag practic occupi take borrow
занов	anew again afresh
занят	occup class lesson activ busi occupi
зап	smell scent odor record entri sing sang
запад	west
западн	western west
запас	stock suppli reserv
запел запет запо запоет запоеш запоют	sing sang
запер запера заперат запере заперевш запереет заперееш заперел заперен заперет запереют запереющ заперя	lock
записа записыв записыва запиш запишет запишеш запишут	write record note
заплака заплач заплачет заплачеш заплачут плака плачет плачеш плачут	cry weep wept
заповед командир командова команду командует командуеш повелева повелу повелует повелуеш	command
заподозр заподозра заподозрат заподозрен заподозря подозр подозрева подозру подозрует подозруеш	suspect
заполн заполна заполнат заполнен заполня наполн наполна наполнат наполнен наполня	fill
запомин запомина запомн запомна запомнат запомнен запомня	rememb memor
запрет	ban prohibi forbid forbad prohibit forbidden
запрета запретат запретен запретя	forbid forbad prohibit ban forbidden
запрещ запреща запрещат запрещен запрещя	forbid prohibit ban forbad
запуск запуска запуст запуста запустат запустен запустя	launch start
запяст	wrist
зар	dawn daybreak
зарабатыв зарабатыва заработ заработа	earn make
заран	beforehand advanc
зарез зареза	stab slaughter
зарплат	salari wage pai
зарубежн	foreign oversea
заседан	meet session sit
заседател	assessor
заслуг	merit credit servic
заслуж заслужа заслужат заслужен заслужя	earn deserv
заслужив заслужива	deserv merit
засме засмея захохот захохота смея	laugh
засн заснет заснеш заснув заснул заснут усн уснет уснеш уснув уснул уснут	asleep sleep slept
заст засты застыет застыеш застыйт застыют застыющ	freez froze stiffen
застав застава застават заставен заставл заставля заставя	forc make made compel
застегн застегнет застегнеш застегнув застегнул застегнут	button fasten
застенчив	shy
застрел застрела застрелат застрелен застреля	shoot shot
засух	drought
зат	then next
затрагив затрагива затрон затронет затронеш затронув затронул затронут	affect touch concern
затрат	cost expens
затрудн затрудня	hamper complic
затылк затылок	nape
захва захвата захватат захватен захватя	seiz captur take took taken
захват	seiz captur take took taken seizur
захватыв захватыва	seiz captur
заход захода заходат заходен заходя	come call drop set
захот захотел захотет захоч захочет захочеш	want wish feel
зач отч поч	why
зачаст	often frequent
защ защита защитат защитен защитя защищ защища защищат защищен защищя	defend protect
защит	protec defens defenc defend protect
защитник	defend protector counsel
заяв заява заяват заявен заявя	declar state announc
заявк	applic request bid
заявл заявля	declar state claim
заявлен	statement applic declar
заяц	hare rabbit
звал зват зов зовет зовеш зовут	call name summon
зван	titl rank
звезд	star
звездн	starri star
звен звена звенат звене звеневш звенеет звенееш звенел звенен звенет звенеют звенеющ звеня	ring rang
звер	beast anim
звон	call ring rang phone chime
звона звонат звонен звоня позвон позвона позвонат позвонен позвоня	call ring rang phone
звонк	call bell ring sonor
звонок	call bell ring
звук	sound
звуч звуча звучат звучен звучя	sound ring
здан	build
зде тут	here
здешн	local
здор здорова здору здорует здоруеш	greet
здоров	health healthi sound well
здрав	sound sane
зева зует зуеш зуют зующ	yawn
зелен	green
земл	earth land ground soil
земляник клубник	strawberri
земн	earthli earth terrestri
зерка	mirror glass
зерн	grain seed corn
зим зимн	winter
зла злат злащ злен зли злив зливш злил злим злит злиш злу зль злю зля злят злящ	angri anger annoi
зло	anger malic evil harm angri wick
злоб	malic spite
злобн	malici viciou spite
злос злосв злосвш злосет злосеш злосйт злосл злост злосют злосющ	anger malic
зме	snake serpent dragon
зна знав знавш знает знаеш знайт знал знат знают знающ	know knew known
знак	sign mark meet acquaint introduc
знаком	acquaint friend meet introduc familiar
знакома знакомат знакомен знакомя	meet acquaint introduc
знакомств	acquaint
знам	banner flag standard
знамен	banner flag standard sign portent
знаменит	famou celebr renown
знан	knowledg
знатк знаток	connoisseur expert
знач знача значат значя	mean meant
значен	mean import signific valu meant
значим значимос значимосв значимосвш значимосет значимосеш значимосйт значимосл значимосют значимосющ	signific import
значительн	consider significantli signific
зно	heat sultri
зол	ash cinder
золот	gold golden
зрел	matur ripe
зрен	sight vision eyesight
зрител	spectat viewer audienc
зря	vain
зуб	tooth teeth
зяв зявш зяет зяеш зяйт зял зят зяют зяющ	son brother
иб	for becaus
ив	willow
иг	yoke
игл иголк	needl
игр	game plai
игра пьес сыгр сыгра	plai
игрушк	toi
идет идеш идт идут шел шла шли шло	go walk went gone come
идол	idol
изб хат	hut cottag
избав избава избават избавен избавл избавля избавя	rid free deliv save
избавлен	deliver riddanc
избег избега	avoid escap shun
избегут избеж избежа	avoid escap
избер изберет избереш изберут избра	elect choos chose chosen
избир избира	elect choos
избирател	voter elector
избирательн	elector elec select
избытк избыток	excess surplu
извест	new tide notifi inform
известа известат известен известя уведом уведома уведомат уведомен уведомя	notifi inform
известн	known famou renown
извин извиня	apolog excus forgiv
извина извинат извинен	apolog
изгн изгна	expel exil banish drive
изгнан	exil banish expul
изгнанник	exil outcast
изгород	fenc hedg
изготавлив изготавлива изготов изготова изготоват изготовен изготовлен изготовя	manufactur make produc
изд	publish issu mock torment
изда	publish issu distanc afar
издав издава издад издадут издаст издаш	publish issu
издавн надолг	long
издалек	afar distanc
издан	edition public
издательств опублик опубликова опублику опубликует опубликуеш публикова публику публикует публикуеш	publish
издева изду издует издуеш	mock torment
изм	chang alter betrai treason betray infidel
измен изменя	chang alter betrai vari
измена изменат изменен	chang alter betrai
изменник	traitor
измер измера измерат измерен измеря мер	measur
измучен	exhaust torment
изображ изобража изображат изображя изобраз изобраза изобразат изобразен изобразя	depict portrai repres
изображен	imag pictur depict portrai repres
изобрест	invent
изобретен	inven
изредк	occasion rare
изумлен	amaz astonish
изумрудн	emerald
изуч изуча изучат изучен изучя	studi learn examin
изъ изъя	seiz withdraw confisc
изящн	eleg grace
икр	caviar roe
ил	or
им	name
има имат име имевш имеет имееш имел имет имеют имеющ имя	have had own possess
имен	name have had own possess exactli precis
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
иноземн иностра	foreign
иностранец иностранц	foreign alien
инструкц	instruc manual
инструмент	tool instrument
иск	claim suit lawsuit
иска ищет ищеш ищут	look seek sought search
исключ исключа исключат исключен исключя	exclud expel rule
исключительн	excep exclus
искр	spark
искрен	sincer candid
искуп искупа искупат искупен искупя	redeem aton
искуплен	redemp aton
искусств	art
искусствен	artifici
искуш искуша искушат искушя	tempt
искушен	tempt temptat
испанск	spanish
испачк испачка пачка	soil stain dirti
испек испекл испекут испеч испечет испечеш	bake
исполн исполня	perform fulfil execut carri
исполна исполнат	perform fulfil execut
исполнен	execu perform fulfil execut
использ использова использу использует используеш	us emploi util
использован	us usag util
испорт испорта испортат испортен испортя порт порта портат портен портя	spoil ruin damag
исправ исправа исправат исправен исправя	correct fix rectifi
исправл исправля	correct fix
испуг	frighten scare afraid fright fear
испуга пуг пуга	frighten scare afraid
испыт испыта испытыв испытыва	experi feel test
исслед исследова исследу исследует исследуеш	research investig explor studi examin
исследован	research studi investig
исследовател	research scholar
истец истц	plaintiff claimant
истин	truth true genuin real
истк исток	sourc
истолк истолкова истолку истолкует истолкуеш толкова толкован толку толкует толкуеш	interpret
истор	histori stori
источник	sourc spring
истреб истреба истребат истребен истребя	destroi extermin
исходн	initi origin
исцел исцела исцелат исцелен исцеля	heal cure
исчез исчеза исчезн исчезнет исчезнеш исчезнув исчезнул исчезнут	disappear vanish
исчезновен	disappear
исчерп исчерпа	exhaust
итальянск	italian
итог	result total sum outcom
июл	juli
июн	june
каба	boar
кабинет	offic studi
кадр	frame shot personnel
каж кажет кажеш кажут каза	seem appear
кажд	each everi
казак	cossack
казн	execu execut treasuri exchequ
казна казнат казнен казня	execut
казнач сокровищ	treasur
как	what which how as like
какой-либ	ani
какой-нибуд	ani some
какой-т некотор	some certain
калитк	gate wicket
камен камн	stone rock
камин	fireplac
камыш	reed rush
канав	ditch
кандал	shackl fetter iron
каникул	holidai vacat
кап капа	drip
капл урон урона уронат уронен уроня	drop
капуст	cabbag
кар	punish retribu
кара накаж накажет накажеш накажут наказа наказыв наказыва	punish
карабк карабка	climb scrambl
карава	loaf
карандаш	pencil
карет	carriag coach
карма	pocket
карт	map card
картин	pictur paint
картофел картошк	potato
кас каса	concern touch
кастрюл	pot saucepan
кат ката	roll ride skate
катат катен катя	roll
кач кача качат качен качя	rock swing shake pump
качеств	qualiti
каш	porridg
кашел кашл кашля	cough
кая пока покая раска раская	repent
квадратн	squar
квартир	apart flat
кив кива кивк кивн кивнет кивнеш кивнув кивнул кивнут кивок	nod
кид кида	throw threw
кин	cinema movi film rush dash
кинет кинеш кинув кинул кинут	rush dash
кип кипа кипат кипе кипевш кипеет кипееш кипел кипен кипет кипеют кипеющ кипя кипят кипята кипятат кипятен кипятя	boil
кирпич	brick
кисл	sour
кит	whale
китайск	chines
кла клас класв класвш класет класеш класйт класл класт класют класющ	put lai laid
клад	treasur hoard
кладбищ	cemeteri graveyard churchyard
клан кланя	bow
класс	class grade form
клен	mapl
клиент	client custom
клюв	beak bill
ключ	kei spring clue
ключев	kei
кля кляс клясв клясвш клясет клясеш клясйт клясл кляст клясют клясющ покл покляс поклясв поклясвш поклясет поклясеш поклясйт поклясл покляст поклясют поклясющ	swear swore sworn vow
клятв	oath vow
книг	book
книжн	book bookish
книжник	scribe
кнопк пуговиц	button
княгин княжн	princess
княжеск	princ
княз	princ duke
коб	mare
коварн	insidi treacher
ковер	carpet rug
ковчег	ark
когд	when
когда-т однажд	onc
кодекс	code
кое-кт	somebodi someon
кое-чт нечт что-т	someth
кож	skin leather
кожан	leather
коз козел козл	goat
кол	knee prick stab chop tribe gener
колбас	sausag
колд колдова колду колдует колдуеш	conjur
колеб колеба	hesit waver fluctuat
колес	wheel
количеств	quantiti amount number
коллег	colleagu
коллект	team staff collect
коло коловш колоет колоеш колойт колол колот колоют колоющ	prick stab chop
колодец колодц	well
колокол	bell
колокольчик	bluebel bell
колос	ear spike
кольц	ring
команд	team command crew
комар	mosquito gnat
комисс	commis committe board
комнат	room
кон	hors steed
конверт	envelop
конец конц	end
конечн	cours certainli sure final finit
конкурир конкурирова конкуриру конкурирует конкурируеш соревн соревнова соревну соревнует соревнуеш	compet
конкурс соревнован	competi contest
контор офицерск	offic
конфет	candi sweet
конч конча кончат кончен кончя	finish end
конюшн	stabl
коп	spear lanc dig dug
копа рыв рывш рыет рыеш рыйт рыл рыт рыют рыющ	dig dug
копейк	kopeck penni
копыт	hoof
кор	bark crust
корабл	ship vessel
корен	root radic fundament nativ indigen
корзин	basket
коричнев	brown
корм корма кормат кормен кормя накорм накорма накормат накормен накормя	feed fed
кормилиц медсестр	nurs
корн	root
коробк	box
коров	cow
корол	king
королев	queen
королевск	royal king
королевств	kingdom realm
корон	crown
коротк	briefli shortli short brief
корпус	build bodi corp
кос	bone mow braid scyth plait
коса косат косен кося	mow
косв косвш косет косеш косйт косл кост косют косющ	bone
косвен	indirect
косн коснет коснеш коснув коснул коснут	touch concern
костер	bonfir campfir fire
костюм	suit costum
кот	cat tomcat
котел котл	kettl cauldron boiler
котенк котенок	kitten
котор	which who that
кошелек кошелк	wallet purs
кошк	cat
кра	edg region land steal stole stolen paint dye
краж	theft
крайн	extrem last outermost
крапив	nettl
крас	steal stole stolen paint dye
краса красат красен крася покрас покраса покрасат покрасен покрася	paint dye
красив	beautifulli beauti handsom pretti
краск	paint dye color colour
красн	blush redden red
красна краснат красне красневш краснеет краснееш краснел краснен краснет краснеют краснеющ красня покрасн покрасна покраснат покрасне покрасневш покраснеет покраснееш покраснел покраснен покраснет покраснеют покраснеющ покрасня	blush redden
красот	beauti
кратк	briefli brief short concis
крви крвью кров кровн	blood
креп крепос крепосв крепосвш крепосет крепосеш крепосйт крепосл крепост крепосют крепосющ	fortress stronghold fortif fort
крепк	firmli tightli soundli strong firm sturdi
крепостн	serf
кресл	armchair chair seat
крест креста крестат крестен крестя	cross baptiz christen
крестоносец крестоносц	crusad
крестьянин	peasant farmer
крестьянк крестьянск	peasant
крестьянств	peasantri
крещен	baptism
крив	crook curv
крик	cry shout scream
крикн крикнет крикнеш крикнув крикнул крикнут крич крича кричат кричен кричя	shout cry scream yell
крова кру крует круеш круют крующ	bed
кровав	bloodi
кровоточ кровоточа кровоточат кровоточен кровоточя	bleed bled
кролик	rabbit
кром	except besid
кротк	meek gentl mild
крохотн крошечн	tini
круг	circl round around
кругл	round
круж кружа кружат кружен кружя	spin whirl
круп	groat cereal
крупн	larg major big largest biggest
крут крута крутат крутен крутя	twist turn spin
крыл	wing
крыльц	porch step
крыс	rat
крыш	roof
крючк крючок	hook
кстат	incident
кто	who whom
кто-либ	anyon anybodi
кто-нибуд	anyon anybodi someon somebodi
кто-т нект	someon somebodi
кувшин	jug pitcher
кузнец кузнц	blacksmith smith
кукушк	cuckoo
кулак	fist
куп купа	bui bought purchas bath swim
купат купен купя покуп покупа	bui bought purchas
купец купц	merchant trader
куриц	chicken hen
курс	cours rate
куртк	jacket
кус куса укус укуса укусат укусен укуся	bite bit bitten
куск кусок	piec bit chunk
куст	bush shrub
кухн	kitchen cuisin
куш куша кушат кушен кушя поел поест	eat at
кушан	dish food
лавк	shop bench
лагер	camp
лада	incens frankincens
ладон	palm hand
лазурн	azur
ламп	lamp
ландыш	lili
лап	paw foot
ласк	caress tender fondl affec
ласка	caress fondl
ласков	affection kindli tenderli tender gentl
лая	bark
лба лбом лбу лоб	forehead brow
лга лгав лгавш лгает лгаеш лгайт лгал лгат лгают лгающ солг солга	lie li
лебед	swan
лев	lion left
лег легл ложа ложат ложен ложя ляг лягут ляж ляжет ляжеш	lie lai
легк	easili lightli light easi
легкомыслен	frivol
легч	easier
лед льда льдом льду льды	ic
ледян	ici ic
леж лежа лежат лежен лежя	lie lai lain
лекарств	medicin drug
лен	lazi
ленив	lazi idl
лепестк лепесток	petal
лепешк	flatbread cake
лес	forest wood
лесн	forest
лестниц	stair staircas ladder
лет	summer fly flew flown
лета летат лете летевш летеет летееш летел летен летет летеют летеющ летя	fly flew flown
летн	summer
летоп	chronicl annal
летописец летописц	chronicl
летчик	pilot airman
леч	treat cure heal lie lai
леча лечат лечя	treat cure heal
лечен	treatment cure treat heal
лжец лжца лжцам лжцах лжце лжцов лжцом лжцу лжцы	liar
лжив	ly fals deceit
либ	or either
ливен ливн	downpour shower
лиз лиза	lick
лил	pour flow lili
лилов	lilac purpl
лимон	lemon
лин строк	line
лип	linden lime
лис лисиц	fox
лист	leaf sheet leav
лит льем льет льеш лью льют	pour flow
лиц	face person
лицемерн	hypocrit
личн	person individu ident privat
личнос личносв личносвш личносет личносеш личносйт личносл личност личносют личносющ	person individu ident
лиш	depriv strip lose lost onli mere just
лиша лишат лишя	depriv strip lose lost
лишен	depriv loss strip lose lost
лишн	extra superflu spare
ло	elk moos
лов лова ловат ловен ловя	catch caught fish
лодк	boat
лодыжк	ankl
лож	lie falsehood li lai
ложк	spoon
ложн	fals
лок локо локовш локоет локоеш локойт локол локот локоют локоющ	elbow
лом лома слом слома	break broke broken
лопат	shovel spade
лопн лопнет лопнеш лопнув лопнул лопнут	burst pop
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
льва львов львом льву львы	lion
люб	love like admir ani
люба любат любен любя	love like
любезн	kind courteou amiabl
любим	favorit belov dear favourit
любител	amateur lover fan
любова любу любует любуеш	admir
любовник	lover
любовниц	mistress lover
любопытн	curiou
любопытств	curios
люд	man person human peopl men folk
людьм человек	man person human peopl men
лягушк	frog
мав мавш мает маеш майт мат матушк мают мающ свекрв свекров тещ	mother
магазин	shop store
маз маза	smear spread
мак	poppi
мал	mother littl few small
маленьк	small littl
малин	raspberri
малинов	crimson raspberri
малыш	kid babi child toddler
мальчик	boi
мальчишк	boi kid lad
мам	mom mother mum
ман мана манат манен маня	beckon lure
март	march
маршрут	rout
масл	butter oil
маслин	oliv
масс	mass lot
мастер	master craftsman foreman
мастерск	workshop studio
мастерств	skill masteri craftsmanship
матер	mother matter fabric
материк	contin mainland
материнск	matern mother
матрос моряк	sailor seaman
мах маха махн махнет махнеш махнув махнул махнут	wave
машин	car machin vehicl
мгновен	moment instant instantli instantan
мед	copper honei brass mead
медвед	bear
медл медла медлат медля	delai linger hesit
медлен	delai linger hesit slowli slow
медн	copper
межд	between among
междоусобиц	strife
международн	intern
мелк	small shallow petti
мелоч	trifl detail chang
мельк мелька	flash flicker
мелькн мелькнет мелькнеш мелькнув мелькнул мелькнут	flash flicker glimps
мен	chang exchang less
меньш	less fewer smaller lesser
меньшинств	minor
меня	chang exchang
мерещ мереща мерещат мерещен мерещя почуд почуда почудат почуден почудя	seem imagin
мерзк	vile disgust
мерзн мерзнет мерзнеш мерзнув мерзнул мерзнут	freez cold froze
мертв	dead
мерц мерца	flicker twinkl shimmer
мес месв месвш месет месеш месйт месл месют месющ	reveng vengeanc
мест	place seat room spot site reveng vengeanc sweep swept
местн местнос местносв местносвш местносет местносеш местносйт местносл местност местносют местносющ	area terrain local countri
месяц	month moon
метр	subwai underground metro
мех	fur
меч	sword
мечт мечта сновиден	dream
мечтательн	dreami
меш меша мешат мешен мешя	hinder disturb prevent stir
мешк мешок	bag sack
миг	moment instant
мил	merci grace favor sweet dear nice love favour pardon spare
милиц	polic militia
миллиард	billion
миллион	million millionth
милова милу милует милуеш	pardon spare
милос милосв милосвш милосет милосеш милосйт милосл милост милосют милосющ	merci grace favor favour
милосерд	merci chariti compas
милосердн	merci compassion
милостив	merci graciou
милостын	alm chariti
мим	past by
министерств	ministri depart
минувш	past bygon
мир	world peac reconcil myrrh ointment
мира мират мирен миря помир помира помират помирен помиря примир примира примират примиря	reconcil
мирн	peac civilian
миров	world global
миск	bowl
митинг	ralli meet
младенец младенц	babi infant babe
младш	younger junior youngest
мнен	opinion view
мног	mani much lot
многочислен	numer mani
множеств	multitud lot mani
мо	my mine
мог	grave tomb can could abl mai might
могл могут мож может можеш моч	can could abl mai might
могуч	mighti power
могуществен	power mighti
мод	fashion vogu
модн	fashion
можн	mai can possibl
мозг	brain
мокр	wet
мол мола молат молен моля	prai beg implor
молитв	prayer
молн	lightn zipper
молод молодеж	youth young
молодос молодосв молодосвш молодосет молодосеш молодосйт молодосл молодосют молодосющ юнос юносв юносвш юносет юносеш юносйт юносл юност юносют юносющ	youth
молотк молоток	hammer
молч	silent quiet silenc
молча молчат молчен молчя	silent quiet
мон	monk
монастыр	monasteri convent cloister
монахин	nun
монет	coin
мор	sea pestil plagu drizzl
морг морга	blink
моркв морков	carrot
морожен	ic cream
мороз	frost cold
морозн	frosti
морск	sea marin naval maritim
мост	bridg
мох	moss
мощ	power might
мощн	power capac output mighti
мощнос мощносв мощносвш мощносет мощносеш мощносйт мощносл мощност мощносют мощносющ	power capac output
мрак	dark gloom
мрачн	gloomi dark grim sombr
мста мстат мстащ мстен мсти мстив мстивш мстил мстим мстит мстиш мсту мсть мстю мстя мстят мстящ отомст отомста отомстат отомстен отомстя	aveng reveng
мстител	aveng
мудр	wisdom wise
мудрец мудрц	sage wise
мудрос мудросв мудросвш мудросет мудросеш мудросйт мудросл мудрост мудросют мудросющ	wisdom
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
муч муча мучат мучен мучя	torment tortur suffer
мученик	martyr
мучительн	pain agon excruci
мча мчав мчавш мчает мчаеш мчайт мчал мчат мчащ мчают мчающ мчен мчи мчив мчивш мчим мчит мчиш мчу мчь мчю мчя мчят мчящ	rush race speed
мыв мывш мыет мыеш мыйт мыл мыт мыют мыющ	wash bath
мысл	thought idea think
мысла мыслат мысля	think
мыслен	think mental
мытар	publican
мыч мыча мычат мычен мычя	moo low
мыш	mous mice
мышц	muscl
мягк	softli gentli mildli soft gentl mild
мяс	meat flesh
мятеж	rebellion mutini revolt
мяч	ball
наблюд наблюда	observ watch
набожн	piou devout
навед наведет наведеш наведут навел	direct aim
навек навсегд	forev
наверн	probabl perhap
наверх	up upstair abov
навест	visit direct aim
навеста навестат навестен навестя побыв побыва	visit
наводнен половод	flood
навстреч	toward meet
навык	skill habit
нагн нагнет нагнеш нагнув нагнул нагнут	bend stoop
нагр награ награт нагре нагрева нагревш нагреет нагрееш нагрел нагрен нагрет нагреют нагреющ нагру нагрует нагруеш нагря	heat warm
наград	award reward prize
над	put wear need must necessari over abov wore
нада надат надевш надеет надееш надел наден надет надеют надеющ надя	put wear wore
наде	hope put wear wore
надева наду надует надуеш	put wear
надежд надея	hope
надежн надежнос надежносв надежносвш надежносет надежносеш надежносйт надежносл надежносют надежносющ	reliabl
надо надоел надоест надоеш	bore tire sick
надоед	bore tire sick annoi
надоеда	bore annoi
наж нажа нажат нажен нажим нажима нажя	press push
назад	back ago backward
назва назов назовет назовеш назовут назыв называ	call name
назван	name titl
назнач назнача назначат назначен назначя	appoint assign set
найд найдет найдеш найдут найт нашедш нашел нашл	find found discov turn
наказан	punish penalti sentenc
наклон наклона наклонат наклонен наклоня	lean bend bow
наконец наконц	final last
накоп накопа накопат накопен накопя	accumul save
накр накры накрыет накрыеш накрыйт накрыют накрыющ покры покрыв покрыва покрыет покрыеш покрыйт покрыют покрыющ	cover
нал нальет нальеш нальют	pour
налаг налага	impos
налев слев	left
налич	presenc avail
налог	tax duti
налогов	tax fiscal
налож наложа наложат наложен наложя	impos put
намаз намаза	spread smear
намек намека	hint impli allud
намекн намекнет намекнеш намекнув намекнул намекнут	hint
намер намерева намеру намерует намеруеш	intend
намерен	inten intent
намокн намокнет намокнеш намокнув намокнул намокнут	wet soak
нан наним нанима наня	hire emploi
наоборот	contrari opposit convers
нап напад напада нападен напас напасв напасвш напасет напасеш напасйт напасл напаст напасют напасющ	attack assault
напечат напечата	print
написа напиш напишет напишеш напишут писа пиш пишет пишеш пишут	write wrote written
напитк напиток	drink beverag
наполовин полтор	half
напомин напомина	remind resembl recal
напомн напомна напомнат напомнен напомня	remind
направ	right
направлен	direc trend
напрасн	vain useless
напрот противоположн	opposit contrari
напряжен	tension voltag stress strain
нарис нарисова нарису нарисует нарисуеш рисова рису рисует рисуеш	draw drew drawn paint
народ	peopl nation folk
народн	peopl nation popular folk
нарочн	deliber purpos intention
наруж	out outsid
наруш наруша нарушат нарушя	violat break broke breach
нарушен	violat breach infring break broke
наряд наряда нарядат наряден нарядя ода одат оде одева одевш одеет одееш одел оден одет одеют одеющ оду одует одуеш одя	dress
насеком	insect
насел населя	inhabit popul
населен	popul
насил	violenc
насквоз сквоз	through
наскольк	far much
наслажд наслажда	enjoi
наслед	heritag legaci inherit succe
наследник	heir successor
наследова наследу наследует наследуеш	inherit succe
наследств	inherit legaci heritag
насмех насмеха	mock ridicul
наставл наставля	instruct admonish
настаив настаива насто	insist
настойчив	insist persist
настольк	so such
настоя	present insist real true genuin
настроен	mood spirit
наступ наступа	come came step advanc
наступат наступен наступя	come came step
наступлен	offens advanc attack onset
насчитыв насчитыва	number count
нат нащ нен нивш нил нит нитк ниш нят нящ	thread
натур	natur tempera
наук	scienc
науч науча научат научен научя	teach taught learn
научн	scientif scienc
нахмур нахмура нахмурат нахмурен нахмуря хмура хмурат хмурен хмуря	frown
наход находа находат находен находя	be locat lie situat find found discov
нача	begin start outset began begun
начальн	initi elementari primari
начальник	chief boss head superior
начальств	author superior
начин начина начн начнет начнеш начнут	begin began begun start
наш	our
неб небес	sky heaven
небесн	heavenli celesti
невер	unbelief disbelief
неверн	unfaith wrong incorrect infidel
невероятн	incred
невест	bride fiance
невестк	daughter sister
невидим	invis
невин невиновн	innoc
невозможн	imposs
невол	captiv bondag slaveri
невольн	involuntarili unwittingli
невыносим нестерпим	unbear intoler
неграмотн	illiter
недавн	recent late
недел	week
недовольн	displeas dissatisfi
недоста недостав недостава	lack miss
недостатк недостаток	shortag lack flaw defect shortcom
недостаточн	insuffici
недостойн	unworthi
нежел	than
нежелательн	undesir
нежн	tender affec tenderli gentli gentl
нежнос нежносв нежносвш нежносет нежносеш нежносйт нежносл нежност нежносют нежносющ	tender affec
независим независимос независимосв независимосвш независимосет независимосеш независимосйт независимосл независимосют независимосющ самостоятельн	independ
незакон	illeg unlaw illicit
незаметн	inconspicu impercept
незнаком	unfamiliar strang unknown
незнакомец незнакомц	stranger
неизвестн	unknown
нек	certain some
некогд	onc formerli
нельз	cannot must imposs
нем	mute dumb
нема	mani much
немедлен	immedi
немецк	german
немн	littl some bit
немног	few
немножк	littl bit
ненав ненавис ненависв ненависвш ненависет ненависеш ненависйт ненависл ненавист ненависют ненависющ	hatr hate
ненавид ненавида ненавидат ненавиде ненавидевш ненавидеет ненавидееш ненавидел ненавиден ненавидет ненавидеют ненавидеющ ненавидя ненавистн	hate
необходим	necess need necessari must essenti
необходимос необходимосв необходимосвш необходимосет необходимосеш необходимосйт необходимосл необходимосют необходимосющ	necess need
необыкновен	extraordinari unusu
необычайн	unusu extraordinarili
необычн	unusu
неожида	unexpectedli suddenli unexpect sudden
неопределен	indefinit uncertain vagu
неохотн	reluctantli
неподалек поблиз	nearbi near
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
нервн нервнич нервнича нервничат нервничен нервничя	nervou
нес несет несеш несл нест несут	carri bear bore born bring rush race
нескольк	sever few some
несомнен	undoubtedli doubtless
неспособн	incap unabl
несправедлив	unfair unjust injustic
несправедливос несправедливосв несправедливосвш несправедливосет несправедливосеш несправедливосйт несправедливосл несправедливосют несправедливосющ	injustic
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
неф нефв нефвш нефет нефеш нефйт нефл нефт нефют нефющ	oil petroleum
неч ничт	noth
нечая	accident inadvert
нечестив	wick ungodli impiou
нечист	unclean impur
нив	thread field cornfield
нигд никуд	nowher anywher
ниж	below lower
нижн	lower bottom
низк	low short
низш	lowest lower inferior
никак	no none ani
никогд	never ever
никт	nobodi none anybodi anyon
нисход нисхода нисходат нисходен нисходя потомк потомок спуск спуска спуст спуста спустат спустен спустя	descend
нич	noth anyth nobodi
нищ	beggar pauper poor destitut
нищет	poverti miseri destitu
но	but
нов	new newest latest
новос новосв новосвш новосет новосеш новосйт новосл новост новосют новосющ	new
ног	leg foot feet nail fingernail
ного ноговш ногоет ногоеш ногойт ногол ногот ногоют ногоющ	nail fingernail
нож	knife knive
ножниц	scissor
нол нул	zero nought nil
номер	number room issu
нос	nose wear wore worn carri bear
носа носат носен нося	wear wore worn carri bear
ноч	night
ночн	night nocturn
ноябр	novemb
нрав нрава нрават нравен нравя понрав понрава понрават понравен понравя	like pleas
нравствен нравственнос нравственносв нравственносвш нравственносет нравственносеш нравственносйт нравственносл нравственносют нравственносющ	moral
нужд	need want poverti requir
нужда понадоб понадоба понадобат понадобен понадобя	need requir
нужн	necessari need must
нын сейчас тепер	now
нынешн	present current
нынч	now todai
ныр ныря	dive
нырн нырнет нырнеш нырнув нырнул нырнут	dive plung
нюх нюха	smell sniff
нян	nurs nanni
об	both
обвин	accus charg blame
обвина обвинат	accus charg
обвинен	accus charg prosecu
обвиня	accus charg blame defend
обед	dinner lunch dine
обеда пообед пообеда	dine lunch
обедн	mass
обезья	monkei ap
оберн обернет обернеш обернув обернул обернут	turn look wrap
обеспеч обеспеча обеспечат обеспечен обеспечя	provid ensur secur
обеспечив обеспечива	provid ensur
обет	vow
обещ обеща обещан обещат обещен обещя пообещ пообеща пообещат пообещен пообещя	promis
обжал обжалова обжалу обжалует обжалуеш	appeal
обжг обжгл обжгут обжег обжеч обжжет обжжеш	burn scald
обзор	review survei overview
обид	offens resent insult grievanc offend hurt offenc
обида обидат обиде обидевш обидеет обидееш обидел обиден обидет обидеют обидеющ обидя	offend hurt insult resent
обидн	offend hurt piti
обиж обижа обижат обижен обижя	offend hurt
обит обита	inhabit dwell live
обл облас обласв обласвш обласет обласеш обласйт обласл област обласют обласющ	region area field provinc
облад облада	possess have
облак	cloud
областн	region provinci
облачн	cloudi
облегч облегча облегчат облегчен облегчя	eas facilit reliev
облик	appear look imag
обм обмен обменив обменива обменя	exchang
обма	decep fraud deceit
обман обманет обманеш обманув обманул обманут	deceiv cheat trick
обманыв обманыва	deceiv cheat lie
обн обним обнима обнимет обнимеш обнимут обня	embrac hug
обнаруж обнаружа обнаружат обнаружен обнаружя	discov detect find found reveal emerg appear
обнаружив обнаружива	discov detect find
обнов обнова обноват обновен обновя	renew updat
обож обожа обожат обожен обожя	ador
обознач обознача обозначат обозначен обозначя	denot mean mark
обойд обойдет обойдеш обойдут обойт обошедш обошел обошл	bypass circumv go cost treat manag
оборон	defens defenc defend
обороня	defend
оборот	turn turnov revolu
оборудован	equip
обр	cliff precipic
обра	address turn appli appeal treat handl pai draw
обрабатыв обрабатыва	process treat cultiv
обработ обработа	process treat
обработк	process treatment
обрад обрадова обраду обрадует обрадуеш	glad rejoic delight pleas
образ	imag wai manner form
образец образц	sampl model pattern exampl
образова	form educ
образован	educ format
образовыв образовыва образу образует образуеш	form
обрат обрата обратат обратен обратя	address turn appli appeal pai draw
обратн	back revers return opposit
обращ обраща обращат обращен обращя	address treat appli handl turn pai draw
обрест	find found gain acquir
обрет обрета	find gain acquir
обслужив обслужива	serv maintain servic
обслуживан	servic mainten
обстановк	situat atmospher furnitur set
обстоятельств	circumst
обсуд обсуда обсудат обсуден обсудя	discuss
обсужд обсужда	discuss debat
обсужден	discus debat
обуч обуча обучат обучен обучя	teach taught train
обход обхода обходат обходен обходя	bypass avoid go cost treat manag
общ	commun associ common gener overal
обща общат общя	commun associ
общен	commun contact intercours associ
обществ	societi compani
обществен	public social
объ	volum amount size
объедин объедина объединат объединя	unit combin
объединен	associ union unif unit combin
объяв объява объяват объявен объявл объявля объявя	announc declar
объясн объясна объяснат объяснен объясня	explain
объят	embrac hug arm
обыкновен	ordinari usual common
обыск обыска обыскив обыскива	search
обыча	custom tradition
обычн	usual ordinari common
обяз	oblig bind undertak commit pledg
обяза	duti oblig respons bind undertak commit pledg
обязан обязаннос обязанносв обязанносвш обязанносет обязанносеш обязанносйт обязанносл обязанносют обязанносющ	duti oblig respons
обязательн	necessarili certainli obligatori mandatori compulsori
обязательств	oblig commit
обязыв обязыва	oblig bind
овес	oat
овлад овлада овладат овладе овладевш овладеет овладееш овладел овладен овладет овладеют овладеющ овладя	master seiz
овощ	veget
овраг	ravin gulli
овц	sheep ew
оглуш оглуша оглушат оглушен оглушя	deafen stun
огляд огляда оглядат огляде оглядевш оглядеет оглядееш оглядел огляден оглядет оглядеют оглядеющ оглядя оглян оглянет оглянеш оглянув оглянул оглянут	look
огнен	fieri fire
огон	fire light
огонек огонк	light flame
огород	garden veget
огорч огорча огорчат огорчен огорчя	upset griev distress
огранич огранича ограничат ограничив ограничива ограничя	limit restrict
ограничен	restric limit restrict
огромн	huge enorm vast immens
огурец огурц	cucumb
одежд	cloth garment
одея	blanket quilt
одеян	garment robe attir
один	on alon singl
одинаков	same ident equal alik
одиннадц одиннадца	eleven
одиннадцат	eleventh
одинок	lone alon solitari lonesom
одиночеств	loneli solitud
одиночн	singl solitari
однак	howev but yet
однообразн	monoton uniform
одобр одобра одобрат одобрен одобря	approv endors
одол одола одолат одоле одолевш одолеет одолееш одолел одолен одолет одолеют одолеющ одоля	overcom defeat
одолж одолжа одолжат одолжен одолжя	lend lent borrow
ожив ожива оживат оживен оживя	reviv anim
ожид ожида	expect await wait
ожидан	expect wait anticip
озабочен	worri concern preoccupi
озер	lake
означ означа означат означен означя	mean meant signifi
окаж окажет окажеш окажут оказа	turn prove find appear render provid exert
оказыв оказыва	turn prove find render provid exert
окликн окликнет окликнеш окликнув окликнул окликнут	call hail
окн	window
оков	shackl chain fetter
окол	near about around besid
оконч оконча окончат окончен окончя	finish graduat complet
окончательн	final definit
окрестн окрестнос окрестносв окрестносвш окрестносет окрестносеш окрестносйт окрестносл окрестносют окрестносющ	neighborhood vicin surround
округ	district counti
окруж окружа окружат окружя	surround encircl
окружен	environ surround entourag encircl
октябр	octob
окун	perch
олен олн	deer stag reindeer
оп	experi
опаздыв опаздыва опозд опозда	late
опас опаса	fear bewar
опасн опаснос опасносв опасносвш опасносет опасносеш опасносйт опасносл опасносют опасносющ	danger peril threat hazard
опер опера операт опере оперевш опереет оперееш оперел оперен оперет опереют опереющ оперя опир опира	lean reli
описа описыв описыва опиш опишет опишеш опишут	describ
оплат	payment pai
ополчен	militia
опр опрос опроса опросат опросен опрося	survei poll question
оправд оправда	justifi acquit
оправдан	acquitt justif excus
оправдыв оправдыва	justifi excus acquit
определ определа определат определя	determin defin
определен	defini determin rule defin certain definit particular
опроверг опроверга	refut deni
опровергн опровергнет опровергнеш опровергнув опровергнул опровергнут	refut deni disprov
опуск опуска	lower drop
опуст опуста опустат опустен опустя	lower drop sink sank descend empti
опусте опустевш опустеет опустееш опустел опустет опустеют опустеющ	empti
опустош опустоша опустошат опустошен опустошя	devast ravag
опытн	experienc
опя	again
ора	yell shout scream
оратор	speaker orat
орга	organ bodi author
орд	order decor
орел орл	eagl
орех	nut walnut
оруж	weapon arm
оруженосец оруженосц	squir
ос	wasp
осад	sieg
осажд осажда	besieg
освет освета осветат осветен осветя	light illumin
освещ освеща освещат освещен освещя	light illumin cover
освобод освобода освободат освободен освободя	free releas liber deliv
освобожд освобожда	free releas liber
освобожден	liber releas deliver
освя освят освята освятат освятен освятя	consecr sanctifi
осел осл	donkei ass
осен	autumn fall
оскверн оскверна осквернат осквернен оскверня	defil desecr profan
оскорб оскорба оскорбат оскорбен оскорбл оскорбля оскорбя	insult offend
оскорблен	insult offenc
ослаб ослаба ослабат ослабен ослабя	weaken loosen eas
ослабе ослабевш ослабеет ослабееш ослабел ослабет ослабеют ослабеющ	weaken
ослабл ослабля	weaken loosen
ослеп ослепа ослепат ослепен ослепя	blind dazzl
осложн осложна осложнат осложнен осложня усложн усложна усложнат усложнен усложня	complic
осматрив осматрива осмотр осмотра осмотрат осмотре осмотревш осмотреет осмотрееш осмотрел осмотрен осмотрет осмотреют осмотреющ осмотря	examin inspect survei
осмел осмела осмелат осмелен осмеля	dare ventur
осн	autumn fall found establish base
основ	basi foundat
основа осну оснует оснуеш	found establish base
основан	base basi ground reason foundat
основател	founder
основн	main basic princip fundament
основыв основыва	found base
особ	especi particularli special particular
особен	featur peculiar characterist especi particularli special particular
особеннос особенносв особенносвш особенносет особенносеш особенносйт особенносл особенносют особенносющ	featur peculiar characterist
осозн	realiz
осозна осознав осознава созна сознав сознава	realiz awar
оспарив оспарива	contest disput challeng
оспор оспора оспорат оспорен оспоря	contest disput
ост осты остыет остыеш остыйт остыют остыющ прохлад прохладн	cool
оста остан останет останеш останут	remain stai left
остав остава	leav left abandon remain stai
остават оставен оставя покид покида	leav left abandon
оставл оставля	leav left abandon keep
остальн	rest remain other
останавлив останавлива останов останова остановат остановен остановя	stop halt paus
остатк остаток	rest remaind residu
осторожн	carefulli cautious care cautiou
остр	island sharp acut keen
осуд осуда осудат осуден осудя	condemn convict sentenc
осужд осужда	condemn critic blame
осуществ осущества осуществат осуществен осуществя	implement carri realiz
осуществл осуществля	implement carri exercis
осуществлен	implement realiz exercis
отбир отбира	select take confisc
отвед отведет отведеш отведут отвел отвест уведет уведеш уведут увел увест	take lead led
отвез отвезет отвезеш отвезл отвезт отвезут	take drive
отверг отверга отвергн отвергнет отвергнеш отвергнув отвергнул отвергнут	reject
ответ	answer repli respons respond
ответа ответат ответен ответя отвеч отвеча отвечат отвечен отвечя	answer repli respond
ответствен ответственнос ответственносв ответственносвш ответственносет ответственносеш ответственносйт ответственносл ответственносют ответственносющ	respons liabil
ответчик	defend respond
отвлег отвлегл отвлеч отвляг отвлягут отвляж отвляжет отвляжеш	distract divert
отвлек отвлека	distract
отвор отвора отворат отворен отворя	open
отвратительн	disgust repuls
отд	rest vacat holidai give gave given return
отда отдад отдадут отдаст отдаш	give gave given return
отдав отдава	give gave given
отдел	depart section division separ
отдела отделат отделя	separ
отделен	depart branch division section separ
отдельн	separ apart individu
отдохн отдохнет отдохнеш отдохнув отдохнул отдохнут отдых отдыха	rest relax
отец отц тес тесв тесвш тесет тесеш тесйт тесл тесют тесющ	father
отечеств	fatherland motherland countri
отзыв отзыва отозва отозов отозовет отозовеш отозовут	recal withdraw
откаж откажет откажеш откажут отказа отказыв отказыва	refus declin renounc deni
отказ	refus rejec denial
откладыв откладыва	postpon defer
отклик отклика откликн откликнет откликнеш откликнув откликнул откликнут	respond
отклон отклона отклонат отклонен отклоня	reject declin dismiss
откр откры открыв открыва открыет открыеш открыйт открыют открыющ	open discov
откровен	frankli openli candidli frank candid revel
открыт	discoveri open openli
откуд	where whenc
отлич отлича отличат отличен отличя	differ distinguish differenti
отличн	excel perfectli differ
отлож отложа отложат отложен отложя	postpon defer delai
отм	cancel abolish repeal aboli
отмен отмена отменат отменен отменя	cancel abolish repeal
отмет отмета отметат отметен отметя отмеч отмеча отмечат отмечен отмечя	note mark celebr
отн	treat relat regard take depriv carri attribut
отнес отнесет отнесеш отнесл отнест отнесут	take carri attribut treat regard
отним отнима отня	take depriv
относ относа относат относен относя	treat relat regard take carri attribut
отношен	relat attitud relationship
отнын	henceforth
отнюд	not
отойд отойдет отойдеш отойдут отойт отошедш отошел отошл	step move depart
оторв оторва	tear tore torn
отправ отправа отправат отправен отправя	set go went depart send sent dispatch
отправл отправля	send sent dispatch set depart leav
отпраздн отпразднова отпраздну отпразднует отпразднуеш праздн празднова праздну празднует празднуеш	celebr
отпуск	vacat leav holidai releas let
отпуска отпуст отпуста отпустат отпустен отпустя	releas let
отраж отража отражат отражен отражя отраз отраза отразат отразен отразя	reflect
отриц отрица	deni
отрк отрок	boi youth lad
отряд	detach squad unit parti
отста отстав отстава отстан отстанет отстанеш отстанут	lag fall
отстаив отстаива	defend uphold advoc
отстал	backward
отсто отстоя	defend uphold
отступ отступа	retreat withdraw
отступат отступен отступя	retreat
отступлен	retreat digres withdraw
отсутств	absenc lack
отсюд	henc here
оттепел	thaw
оттуд	there thenc
отход отхода отходат отходен отходя	step depart
отцовск	patern father
отча отчаив отчаива отчая	despair
отчаст	partli
отчаян	despair desper
отчет отчитыв отчитыва	report account
отчизн	fatherland homeland
отъезд	departur
отыск отыска	find found
официант	waiter
охва охват охвата охватат охватен охватя	cover embrac seiz
охватыв охватыва	cover embrac span
охлад охлада охладат охладен охладя	cool chill
охот	hunt desir
охота охотат охотен охотя	hunt
охотн	willingli gladli readili
охотник	hunter
охра	guard protec secur
охран охраня	guard protect
оцен оцена оценат оценен оценя	appreci evalu assess
оценив оценива	assess evalu estim
оценк	assess evalu estim mark
очаг	hearth
очар очарова очару очарует очаруеш	charm fascin enchant
очарован	charm enchant
очаровательн	charm
очевидн	obvious evid clearli obviou
очен	veri much
очист очиста очистат очистен очистя	clean clear purifi cleans
очищен	purif cleans
очк	glass spectacl
очн	wake come recov veri much
очнет очнеш очнув очнул очнут	wake come recov
очут очута очутат очутен очутя	find end land
ошиб ошиба ошибат ошибен ошибя	wrong mistak err
ошибк	mistak error
оштраф оштрафова оштрафу оштрафует оштрафуеш штрафова штрафу штрафует штрафуеш	fine
ощут ощута ощутат ощутен ощутя ощущ ощуща ощущат ощущя почувств почувствова почувству почувствует почувствуеш чувствова чувству чувствует чувствуеш	feel felt sens
ощущен	sensat feel felt sens
павлин	peacock
пад пада упас упасв упасвш упасет упасеш упасйт упасл упаст упасют упасющ	fall fell fallen drop
паден	fall drop declin
пакет	bag packag packet
палатк шатер	tent
палач	execution hangman
палец палц	finger toe
палк	stick cane
паломник	pilgrim
палуб	deck
пальт	coat overcoat
пам памя	memori
памятник	monument memori
пап	dad father pope
папоротник	fern
пар	pair coupl steam vapor
парен парн	gui boi fellow lad
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
пах паха	plow plough till
пахн пахнет пахнеш пахнув пахнул пахнут	smell
пачк	pack packet soil stain dirti
пашн	field ploughland
певец певц	singer
пейзаж	landscap sceneri
пек пекл пекут печет печеш	stove oven furnac bake
пел пет поет поют спет спо споет споеш споют	sing sang sung
пен	foam froth
пенс	pension
пепел	ash
пер	feather pen transfer move carri endur bear
первенец первенц	firstborn
первоначальн	origin initi
первосвященник	high priest
переб перебьет перебьеш перебьют	interrupt
перевед переведет переведеш переведут перевел перевест перевод перевода переводат переводен переводя	translat transfer
переверн перевернет перевернеш перевернув перевернул перевернут	turn overturn flip
переводчик	translat interpret
перевоз перевоза перевозат перевозен перевозя	transport carri
перевозк	transport carriag
переворот	coup revolu upheav
переговор	negoti talk
перед	pass convei hand transmit give befor front
переда	pass convei hand transmit give broadcast
передав передава	pass convei hand transmit broadcast
передад передадут передаст передаш	pass convei hand transmit give
передач	broadcast program transmis transfer
передн сперед фронт	front
передов	advanc lead progress
переед переедет переедеш переедут переезж переезжа переезжат переезжен переезжя перееха	move cross
переж переживет переживеш переживут	surviv experi outliv
пережив	surviv experi outliv worri
пережива	worri experi
перейд перейдет перейдеш перейдут перейт перешедш перешел перешл	cross pass switch
перем переод переода переодат переоде переодевш переодеет переодееш переодел переоден переодет переодеют переодеющ переодя	chang
перемир	truce armistic
перен перенес перенесет перенесеш перенесл перенест перенесут	transfer move carri endur postpon
перенос переноса переносат переносен перенося	transfer move carri endur bear
переписыв переписыва	correspond
перерабатыв перерабатыва переработк	process recycl
пересек пересека	cross intersect
пересеч	cross
перескаж перескажет перескажеш перескажут пересказа	retel
переста перестан перестанет перестанеш перестанут	stop ceas quit
перестав перестава прекращ прекраща прекращат прекращен прекращя	stop ceas
пересчит пересчита	count recount
переулк переулок	lane allei
переход перехода переходат переходен переходя	cross pass
перец перц	pepper
перечисл перечисла перечислат перечислен перечисля	list enumer
персик	peach
персонаж	charact
перчатк	glove
пес пса псов псом псу псы	dog hound
песк песок	sand
песн	song
пестр	motlei colour color
песчан	sandi sand
петух	rooster cock
печ	stove oven furnac seal stamp press print bake
печа печя	seal stamp press print
печал	sad sorrow grief
печальн	sadli sad sorrow mourn
печат	seal stamp press print type
печата	print type
печен	seal stamp press print liver biscuit cooki
печк	stove
печн	liver
пещер	cave cavern
пив	beer
пиджак	jacket coat
пил	saw drink drank drunk
пила пилат пилен пиля	saw
пир	feast banquet
пирова пиру пирует пируеш	feast
пирог	pie cake
пирожк пирожок	pie patti
писан	scriptur write
писател	writer author
пистолет	pistol gun
письм	letter write
письмен	written write
пищ	food
пла плав плава плает плаеш плают плы плыв плывш плыет плыеш плыйт плыл плыт плыют плыющ	swim swam sail float
плам пламен	flame fire blaze
плат	dress gown pai payment fee paid
платк платок	handkerchief scarf shawl
платн	paid
плач	weep cry wept lament
плащ	cloak raincoat
плем племен	tribe
племянник	nephew
племянниц	niec
плен	captiv prison captur
плена пленат пленен пленя	captiv captur
пленник узник	prison captiv
плеск плеска	splash
плест	weav braid trudg drag
плеч	shoulder
плит	stove plate slab
пло плов пловш плоет плоеш плойт плол плот плоют плоющ	flesh
плод	fruit fetu
плодородн	fertil
плоск	flat
плотн	tightli dens tight thick
плох	badli bad poorli poor wors worst
площад	squar area
площадк	site ground platform playground
плуг	plough plow
плющ	ivi
пляс пляса танец танц танцева танцу танцует танцуеш	danc
пнем пнет пнеш пни пну пнув пнул пнут	kick
по-английск	english
по-друг разниц	differ
по-прежн	still befor
по-русск русск	russian
побег	run ran escap flight
побед	victori win won defeat conquer triumph beat
победа победат победен победя	win won defeat conquer beat
победител	winner victor conqueror
победн	victori
побежд побежда	win won defeat conquer overcom
побуд побуда побудат побуден побудя	induc prompt urg
побужд побужда	induc prompt encourag
пов	stori novella tale hang hung rais increas rise rose
повар	cook chef
повед повест	stori novella tale lead led take
поведен	behavior conduct behaviour
поведет поведеш поведут	lead led take
повел	stori novella tale lead led take command order
повела повелат повеле повелевш повелеет повелееш повелел повелен повелет повелеют повелеющ повеля	command order
повелител	ruler lord master sovereign
поверн повернет повернеш повернув повернул повернут поворачив поворачива поворот	turn
поверхн поверхнос поверхносв поверхносвш поверхносет поверхносеш поверхносйт поверхносл поверхносют поверхносющ	surfac
поверхностн	superfici shallow
повеш	stori novella tale
повин повинова повину повинует повинуеш	obei
повод	reason occasion caus
повред повреда повредат повреден повредя	damag injur harm hurt
повтор повтора повторат повторен повторя	repeat
повыс повыса повысат повысен повыся	rais increas rise rose
повыш повыша повышат повышя	rais increas rise
повышен	increas rise promotion rais
погасн погаснет погаснеш погаснув погаснул погаснут	die extinguish fade
погибел	perdition destruc
погибн погибнет погибнеш погибнув погибнул погибнут	perish die kill
погибш	dead kill fallen
поглад поглада погладат погладен погладя	stroke pat iron
погляд погляда поглядат погляде поглядевш поглядеет поглядееш поглядел погляден поглядет поглядеют поглядеющ поглядя	look glanc
поговор поговора поговорат поговорен поговоря	talk speak
погод	weather
пограничн	border frontier
погреб	cellar
погруж погружа погружат погружен погружя	immers plung sink
погруз погруза погрузат погрузен погрузя	immers plung
под	serv give file submit under beneath below
пода подад подадут подаст подаш	serv give file submit
подав подава	serv give file submit suppress crush
подават подавен подавл подавля подавя	suppress crush
подарк подарок	gift present
подбородк подбородок	chin
подва	basement cellar
подвед подведет подведеш подведут подвел подвест	let bring lead
подверг подверга	subject expos undergo
подвергн подвергнет подвергнеш подвергнув подвергнул подвергнут	subject expos
подвиг	feat exploit deed
подвижн	mobil agil
подглядыв подглядыва	peep spy
подготов подготова подготоват подготовен подготовя	prepar
подготовк	prepar train
подда	subject
поддельн	fake forg counterfeit
поддерж поддержа поддержат поддержен поддержк поддержя	support back
поддержив поддержива	support maintain sustain
подел подела поделат поделен поделя	share
поджар поджара поджарат поджарен поджаря	fry toast
поджг поджгл поджгут поджег поджеч поджжет поджжеш	set ignit burn
подземн	underground
подл	mean base vile
подлин	genuin authent
подмест	sweep swept
подмигн подмигнет подмигнеш подмигнув подмигнул подмигнут	wink
подн	rais lift pick rise rose climb ascend bring hold
поднес поднесет поднесеш поднесл поднест поднесут поднос подноса подносат подносен поднося	bring hold
подним поднимет поднимеш поднимут подня	rais lift pick rise rose climb ascend
поднима	rais lift rise rose climb ascend
подобн	similar such like
подожд подожда подождет подождеш подождут	wait
подозрен	suspicion
подозрительн	suspici
подойд подойдет подойдеш подойдут подойт подошедш подошел подошл подход подхода подходат подходен	approach come fit suit
подоконник	sill windowsil
подп	signatur
подписа подписыв подписыва подпиш подпишет подпишеш подпишут	sign
подразум подразумева подразуму подразумует подразумуеш	impli mean meant
подробн подробнос подробносв подробносвш подробносет подробносеш подробносйт подробносл подробносют подробносющ	detail
подростк подросток	teenag adolesc youth
подруг	friend girlfriend
подскаж подскажет подскажеш подскажут подсказа	prompt suggest tell
подсказыв подсказыва	prompt suggest
подслуш подслуша подслушат подслушен подслушя	overhear eavesdrop
подсолнух	sunflow
подтверд подтверда подтвердат подтверден подтвердя подтвержд подтвержда	confirm
подушк	pillow cushion
подходя	approach come fit suit suitabl appropri
подчеркив подчеркива подчеркн подчеркнет подчеркнеш подчеркнув подчеркнул подчеркнут	emphas stress underlin
подчин подчиня	obei submit subordin subdu subject
подчина подчинат	subordin subdu subject
подчинен	subordin subdu submis obedi subject
подъ	rise ascent lift climb
подъед подъедет подъедеш подъедут подъеха	drive approach
поед	go went ride drive eat at
поедет поедеш поедут поеха	go went ride drive
поезд	train
поездк	trip journei ride
поеш	sing sang sung eat at
пож	shake shook shrug live
пожа	regret piti sorri spare shake shook shrug
пожал	regret piti sorri spare complain perhap probabl
пожар	fire blaze
пожат пожен пожя	shake shook shrug
пожел пожела	wish
пожив поживет поживеш поживут	live
пожил	elderli ag
поз	pose postur
позабот позабота позаботат позаботен позаботя	care take
позад сзад	behind
позва позов позовет позовеш позовут	call summon
позвол позвола позволат позволен позволя	allow permit let
поздн	late later
поздрав поздрава поздрават поздравен поздравя	congratul
позж	later
позн	know cogniz
позна	know cogniz learn
познав познава	know learn
познак познаком познакома познакомат познакомен познакомя	meet acquaint
позор позорн	shame disgrac
поиск	search quest
пойд пойдет пойдеш пойдут пойт пошедш пошел пошл	go went gone walk
пойм	understand understood realiz catch caught
пойма улавлив улавлива	catch caught
поймет поймеш поймут поним понима поня	understand understood realiz
пок	peac rest quiet while until till
покаж покажет покажеш покажут показа	show shown seem appear
показан	testimoni evid read
показател	indic index figur
показыв показыва	appear show shown
покаян	repent penanc
покин покинет покинеш покинув покинул покинут	leav left abandon forsak
поклон поклона поклонат поклонен	bow worship
поклонник	admir fan
поклоня	worship bow
покойн	late deceas
поконч поконча покончат покончен покончя	end finish
покор покора покорат покорен покоря	conquer subdu submit
покорн	submiss obedi
покр	cover paint dye
покупател	buyer custom purchas
покупк	purchas bui
пол	field floor sex
полаг полага	suppos believ think assum reli depend
полден полдн	noon middai
полев	field
полезн	us help
полет	flight
ползт	crawl creep crept
политик	polici polit
полицейск	policeman polic offic
полк	shelf shelv regiment
полковник	colonel
полководец полководц	command gener
полн	full fulli complet
полномоч	power author
полност	fulli complet
полноч	midnight
половин	half halv
полож положа положат положя	put lai laid place reli depend
положен	put lai laid place reli depend position situat provision regul
полоск полоска	rins gargl
полотн	linen canva cloth
полуостр	peninsula
получ получа получат получен получя	get got receiv obtain turn work come
полчас	half hour
польз	benefit us good enjoi
пользова пользу пользует пользуеш	us enjoi
польск	polish
полюб полюба полюбат полюбен полюбя	love like fall
помаз помаза помазанник	anoint
помен поменя	chang exchang swap
помест	place put estat manor
поместа поместат поместен поместя	place put
помех	hindranc obstacl interfer
помеш помеша помешат помешен помешя	hinder disturb prevent
помещ помеща помещат помещя	place put fit
помещен	premis room place put fit
помещик	landown landlord squir
помидор	tomato
помил помилова помилу помилует помилуеш	pardon spare merci
помн помна помнат помнен помня	rememb recal
помог помога помогл помогут помож поможет поможеш помоч	help assist aid
помол помола помолат помолен помоля	prai
помолч помолча помолчат помолчен помолчя	silent paus
помощ	help aid assist
помощник	assist helper aid
пон понес понесет понесеш понесл понест понесут	bear suffer incur carri
поневол	involuntarili
понедельник	mondai
понемног	littl gradual
пониз пониза понизат понизен понизя	lower reduc
пониман	understand comprehen
понят	concept notion idea
понятн	clear understand
поощр поощра поощрат поощрен поощря	encourag reward
поп	priest hit get reach
попад попада	hit get fall
попас попасв попасвш попасет попасеш попасйт попасл попаст попасют попасющ	hit get reach
попр попрос попроса попросат попросен попрося про проса просат просен прося	ask beg request
поправ поправа поправат поправен поправя	correct adjust fix recov gain
попроб попробова попробу попробует попробуеш пробова пробу пробует пробуеш	try tast attempt
попуга	parrot
попыт попыта	try attempt
попытк	attempt try
пор	time season sometim
пораж поража поражат поражя пораз пораза поразат поразен поразя	strike struck amaz astonish
поражен	defeat strike struck amaz astonish
порв порва	tear break
порк порок	vice defect
поровн равенств равн	equal
порог	threshold doorstep
поросенк поросенок	piglet pig
порох	powder gunpowd
портн	tailor
поруч поруча поручат поручя	entrust instruct charg
поручен	errand commis assign entrust instruct charg
порядочн	decent respect
посад посада посадат посаден посадя саж сажа сажат сажен сажя	plant seat imprison
посвя посвят посвята посвятат посвятен посвятя посвящ посвяща посвящат посвящен посвящя	devot dedic
посе посея сея	sow sown
посел посела поселат поселен поселя	settl
поселк поселок	settlement villag township
посет посета посетат посетен посетя посещ посеща посещат посещен посещя	visit attend
посл	send sent after
посла посыл посыла присл присла	send sent
послан	messag epistl letter
посланник	envoi messeng
послед	follow subsequ
последн	last latest final
последова последу последует последуеш следова следу следует следуеш	follow
последств	consequ effect
послуж послужа послужат послужен послужя служ служат служен служя	serv
послушан послушн	obedi
посмотр посмотра посмотрат посмотре посмотревш посмотреет посмотрееш посмотрел посмотрен посмотрет посмотреют посмотреющ посмотря	look see watch glanc
пособ	allow benefit textbook manual
посовет посоветова посовету посоветует посоветуеш советова совету советует советуеш	advis recommend
посол	ambassador envoi salt
посольет посольеш посольют сол	salt
посольств	embassi
посох	staff
поспеш поспеша поспешат поспешен поспешя	hurri hasten
поспешн	hastili hurriedli hasti hurri
поспор поспора поспорат поспорен поспоря	argu bet
посредник	mediat intermediari
посредничеств	mediat
поссор поссора поссорат поссорен поссоря ссора ссорат ссорен ссоря	quarrel
пост	post fast
поста постат постен постя	fast
постав постава постават поставен поставя	put place set
поставк	deliveri suppli
поставл поставля	suppli deliv
постанов постанова постановат постановен постановя	decre resolv rule
постановлен	resolu decre rule
постар постара	try strive
постел	bed spread lai
постела постелат постелен постеля	spread lai
постепен	gradual
постиг постига постич	comprehend grasp
посторон	outsid stranger extran
постоя	constantli alwai continu constant perman
постр постро построа построат построен построя строа строат строен строя	build built construct
поступ поступа поступат поступен поступя	act enter join come
поступк поступок	act deed action
постуч постуча постучат постучен постучя стук	knock
посуд	dish crockeri
посчит посчита	count consid
посылк	parcel packag
пот	sweat then later afterward becaus
пота потат поте потевш потеет потееш потел потен потет потеют потеющ потя	sweat
потер	loss lose lost
потерп потерпа потерпат потерпе потерпевш потерпеет потерпееш потерпел потерпен потерпет потерпеют потерпеющ потерпя	suffer toler
потеря проигр проигра проигрыв проигрыва тер теря	lose lost
потк поток	flow stream
потолк потолок	ceil
потомств	offspr poster progeni
потоп	flood delug
потра потрат потрата потратат потратен потратя трата тратат тратен тратя	spend spent wast
потреб потребова потребу потребует потребуеш треб требова требу требует требуеш	demand requir need
потребител	consum
потреблен	consump
потребн потребнос потребносв потребносвш потребносет потребносеш потребносйт потребносл потребносют потребносющ	need requir demand
потряст	shake shook stun shock
потуш потуша потушат потушен потушя	extinguish put
поужин поужина	dine supper
пох похит похита похитат похитен похитя похищ похища похищат похищен похищя	kidnap abduct steal
похва похвал похвала похвалат похвален похваля	prais
поход	campaign march expedi
походк	gait walk
похож	similar alik like
похорон	funer buri
похорона похоронат похоронен похороня хорон хорона хоронат хоронен хороня	buri
поцел поцелова поцелу поцелует поцелуеш целова целу целует целуеш	kiss
почин почина починат починен починя чина чинат чинен чиня	repair fix mend
почит почита	honor rever read
почк	bud kidnei
почт	mail post almost nearli
почтен	respect rever
почтов	postal mail post
пошевел пошевела пошевелат пошевелен пошевеля шевел шевела шевелат шевелен шевеля	move stir
пошлин	duti fee toll
пошут пошута пошутат пошутен пошутя шут шута шутат шутен шутя	joke
поэз	poetri
поэт	therefor so
появ поява появат появен появл появлен появля появя	appear emerg
пояс	belt girdl waist
прав	right law rule govern edit correct regul
права прават правен правя	rule govern edit correct
правд правдив	truth
праведн	righteou just righteous
праведник	righteou just saint
праведнос праведносв праведносвш праведносет праведносеш праведносйт праведносл праведносют праведносющ	righteous
правильн	correctli right properli correct proper
правител	ruler
правительств	govern
правительствен	govern government
правлен	rule reign govern board
правов	legal
правонарушен	offens offenc violat
правосуд	justic
праздник	holidai feast celebr festiv
прах	dust ash remain
пребыв пребыва	abid dwell remain stai
прев превыс превыса превысат превысен превыся превыш превыша превышат превышен превышя	exce
превзойд превзойдет превзойдеш превзойдут превзойт превзошедш превзошел превзошл превосход превосхода превосходат превосходен превосходя	surpass exce
превра преврат преврата превратат превратен превратя превращ превраща превращат превращен превращя	turn becom
преград	barrier obstacl
пред предав предава предад предадут предаст предаш	betrai
преда	betrai devot loyal
предан	tradition legend
предател	traitor betray
предательств	betray treacheri treason
предвид предвида предвидат предвиде предвидевш предвидеет предвидееш предвидел предвиден предвидет предвидеют предвидеющ предвидя	forese anticip
предел	limit bound
предк предок	ancestor forefath
предлаг предлага предлож предложа предложат предложя	offer propos suggest
предложен	propos offer sentenc sugges suggest
предмет	subject object item
предназнач предназнача предназначат предназначен предназначя	intend design
предостав предостава предостават предоставен предоставл предоставля предоставя	provid grant give
предотвра предотврат предотврата предотвратат предотвратен предотвратя предотвращ предотвраща предотвращат предотвращен предотвращя	prevent avert
предполаг предполага	suppos assum expect
предполож предположа предположат предположя	suppos assum
предположен	assump supposi guess suppos assum
предпоч предпочес предпочесв предпочесвш предпочесет предпочесеш предпочесйт предпочесл предпочест предпочесют предпочесющ предпочит предпочита	prefer
предприят	enterpris compani busi plant
председател	chairman chair presid
предскаж предскажет предскажеш предскажут предсказа	predict foretel
предсказыв предсказыва	predict forecast
представ представа представат представен представя	imagin present introduc submit
представител	repres
представл представля	repres imagin present introduc seem
представлен	idea notion perform present
предсто	lie face ahead
предстоя	lie face ahead upcom forthcom come
предупред предупреда предупредат предупреден предупредя	warn prevent
предупрежд предупрежда	warn
предусматрив предусматрива	provid envisag stipul
предусмотр предусмотра предусмотрат предусмотре предусмотревш предусмотреет предусмотрееш предусмотрел предусмотрен предусмотрет предусмотреют предусмотреющ предусмотря	provid forese
предъяв предъява предъяват предъявен предъявл предъявля предъявя	present produc bring
предыдущ	previou preced
преемник	successor
прежд	befor formerli first
прежн	former previou old
презир презира	despis scorn
презрен	contempt scorn disdain
преимуществ	advantag benefit superior
преисподн	hell underworld
прекра прекрат прекрата прекратат прекратен прекратя	stop ceas end
прекрасн	perfectli beautifulli fine beauti wonder excel
прел прелес прелесв прелесвш прелесет прелесеш прелесйт прелесл прелест прелесют прелесющ	charm delight
прелестн	love charm
прелюбод	adulter
прелюбодеян	adulteri
прем	prize bonu award
преоблад преоблада	prevail predomin
преодол преодола преодолат преодоле преодолевш преодолеет преодолееш преодолел преодолен преодолет преодолеют преодолеющ преодоля	overcom overcam
преодолева преодолу преодолует преодолуеш	overcom
препода преподав преподава	teach taught
преподавател	teacher lectur instructor
препятств	obstacl barrier hindranc hinder prevent obstruct
препятствова препятству препятствует препятствуеш	hinder prevent obstruct
прерв прерва	interrupt break
пресеч	suppress stop
преслед преследова преследу преследует преследуеш	pursu persecut chase
преследован	persecu pursuit
пресн	fresh bland
престол	throne
преступлен	crime offens offenc
преступн уголовн	crimin
преступник	crimin offend
приб прибуд прибудет прибудеш прибудут прибудуч прибыв прибыва прибыт приезд	arriv
прибег	run ran come resort
прибега прибегн прибегнет прибегнеш прибегнув прибегнул прибегнут	resort
прибегут прибеж прибежа	run ran come
приближ приближа приближат приближен приближя приблиз приблиза приблизат приблизен приблизя	approach near
приблизительн примерн	approxim roughli about
прибор	devic instrument applianc
прибыл	profit gain
привед приведет приведеш приведут привел привест	bring brought lead led
привез привезет привезеш привезл привезт привезут привоз привоза привозат привозен привозя прин принес принесет принесеш принесл принест принесут принос приноса приносат приносен принося	bring brought
привет	greet hello regard
приветлив	friendli affabl welcom
приветств приветствова приветству приветствует приветствуеш	greet welcom salut
привлег привлегл привлек привлека привлеч привляг привлягут привляж привляжет привляжеш	attract draw involv
привлекательн	attract
привод привода приводат приводен приводя	bring brought lead led cite
привык привыка привыкн привыкнет привыкнеш привыкнув привыкнул привыкнут	accustom us
привычк	habit
привяз привяза	tie attach
пригл приглас пригласа пригласат пригласен приглася приглаш приглаша приглашат приглашен приглашя	invit
приговор	sentenc verdict condemn
приговора приговорат приговорен приговоря	sentenc condemn
пригод пригода пригодат пригоден пригодя	us come
прид придет придеш придут прийт прихода приходат приходен приходя пришедш пришел пришл	come came arriv have must
придум придума	invent devis think
приед приедет приедеш приедут приезж приезжа приезжат приезжен приезжя приеха	arriv come came
приз	call appeal conscrip
призва призов призовет призовеш призовут	call summon urg
призн призна признав признава	admit recogn acknowledg confess
признак	sign symptom indic featur
призыв призыва	call summon urg appeal
прикаж прикажет прикажеш прикажут приказ приказа приказыв приказыва	order command
прикреп прикрепа прикрепат прикрепен прикрепя	attach fasten
прилет прилета прилетат прилете прилетевш прилетеет прилетееш прилетел прилетен прилетет прилетеют прилетеющ прилетя	arriv fly come
приличн	decent proper
прим	accept take took taken adopt appli us start begin set
примен применя	appli us emploi
примена применат	appli us
применен	applic us appli
пример	exampl instanc
примет примеш примут приним принима приня	accept take took taken adopt start begin set
примирен	reconcil reconcili
принадлеж принадлежа принадлежат принадлежен принадлежя	belong
принуд принуда принудат принуден принудя принужд принужда	forc compel coerc
принудительн	compulsori forc
приобрест	acquir purchas gain
приобрет приобрета	acquir gain
прислон прислона прислонат прислонен прислоня	lean
прислуш прислуша прислушат прислушен прислушив прислушива прислушя	listen heed
присн присна приснат приснен присня снат снащ снен сни снив снивш снил снит сниш снь сню сня снящ	dream dreamt
присоедин присоедина присоединат присоединен присоединя	join
приспособ приспособа приспособат приспособен приспособя	adapt
пристан	pier wharf dock
присутств	presenc
присяг	oath
присяжн	juror juri
притвор притвора притворат притворен притворя	pretend feign
притч	parabl
приход	arriv come parish came have must
прихож	hall hallwai
прича	berth pier moor
причес причеса	comb
причин	reason caus inflict
причина причинат причинен причиня	caus inflict
пришелец пришелц	stranger alien newcom
приют	shelter refug asylum
приятел	friend pal buddi
приятн	pleasant nice agreeabl
проб	try tast attempt stai remain
пробуд пробудет пробудеш пробудут пробудуч	stai remain
провед проведет проведеш проведут провел провест провода проводат проводен проводя	spend conduct hold carri
провер провера проверат проверен проверя	check verifi test
провод	wire cabl spend conduct hold carri
провож провожа провожат провожен провожя	see accompani escort
провозгл провозглас провозгласа провозгласат провозгласен провозглася провозглаш провозглаша провозглашат провозглашен провозглашя	proclaim declar
проговор проговора проговорат проговорен проговоря	sai said utter
прогулив прогулива	stroll walk
прод прода продав продава продад продадут продаст продаш	sell sold
продавец продавц	seller salesman vendor
продаж	sale sell
продл продла продлат продлен продля	extend prolong
продолж продолжа продолжат продолжен продолжя	continu keep go resum last
продукт	product
продукц	product produc output
прож прожив проживет проживеш проживут	live spend spent
прозвищ	nicknam
прозрачн	transpar clear
произвед произведет произведеш произведут произвел произвест	produc make made
произведен	work
производ производа производат производен производя	produc make manufactur
производител производств	produc manufactur
производствен	produc industri manufactur
произн произнес произнесет произнесеш произнесл произнест произнесут	pronounc utter sai said
произнос произноса произносат произносен произнося	pronounc utter
произойд произойдет произойдеш произойдут произойт произошедш произошел произошл происход происхода происходат происходен происходя случ случат случен случя	happen occur
пройд пройдет пройдеш пройдут пройт прошел	pass go gone walk stroll
проказ	leprosi mischief
прокл проклин проклина прокляс проклясв проклясвш проклясет проклясеш проклясйт проклясл прокляст проклясют проклясющ	curs damn
проклят	curs damn damnat
прокурор	prosecutor
прол	strait
промахн промахнет промахнеш промахнув промахнул промахнут упуск упуска	miss
промолч промолча промолчат промолчен промолчя	silent
промышлен промышленнос промышленносв промышленносвш промышленносет промышленносеш промышленносйт промышленносл промышленносют промышленносющ	industri
проп пропас пропасв пропасвш пропасет пропасеш пропасйт пропасл пропаст пропасют пропасющ	disappear vanish abyss precipic
проповед	preach sermon
проповедник	preacher
проповедова проповеду проповедует проповедуеш	preach
пропуск пропуска	miss skip
пропуст пропуста пропустат пропустен пропустя	miss skip let pass
прорк пророк	prophet
пророч пророча пророчат пророчен пророчествова пророчеству пророчествует пророчествуеш пророчя	prophesi
пророчеств	prophesi propheci
прос	ask beg request millet
прослав прослава прослават прославен прославя	glorifi
прославл прославля слава слават славен славя	glorifi prais
просн проснет проснеш проснув проснул проснут	wake woke awak awok
проспект	avenu
прост	forgiv forgav pardon excus goodby farewel simpli just simpl plain forgiven
проста простат простен простя	forgiv forgav pardon excus goodby farewel forgiven
простор	space expans
просторн	spaciou roomi
простот	simplic
пространств	space
простуд простуда простудат простуден простудя холод	cold chill
простын	sheet
просып просыпа	wake woke awak
просьб	request
прот	against
противн	nasti disgust
противник	oppon adversari enemi
противодейств противодействова противодейству противодействует противодействуеш	counter oppos
противореч	contradic contradict
противореча противоречат противоречен противоречя	contradict
противосто противостоя	oppos resist withstand
професс	profes occup
проход прохода проходат проходен проходя	pass go walk
проч	read other
прочес прочесв прочесвш прочесет прочесеш прочесйт прочесл прочест прочесют прочесющ прочит прочита чит чита	read
прочн	firmli secur strong durabl solid
прошедш	pass go gone walk stroll past
прошепт прошепта шепот шепт шепта	whisper
прошл	past pass go gone walk stroll last previou
прощ проща прощат прощя	forgiv forgav pardon goodby farewel
прощан	farewel goodby part
прощен	forgiv pardon forgav goodby farewel
прояв проява прояват проявен проявл проявля проявя	show displai manifest
пруд	pond
прям	straight directli right direct
прямоугольн	rectangular
прят прята спрят спрята	hide hid hidden
птиц	bird fowl
публик	public audienc publish
публичн	public
пув пувш пует пуеш пуйт пут пуют пующ	wai path road journei
пул	wai path road journei bullet
пункт	point item claus paragraph
пурпурн	purpl crimson
пуск пуска пуста пустат пустен пустя	let admit allow
пуст	let admit allow empti vain
пустын	desert wilder desol
пустяк	trifl
путешеств	journei travel trip voyag
путешественник	travel
путешествова путешеству путешествует путешествуеш	travel journei
путник	travel wayfar
пушк	cannon gun
пчел	bee
пшениц	wheat
пыл	dust blaze burn flame
пыла	blaze burn flame
пыт пыта	try attempt tortur
пытк	tortur
пьян	drunk
пьяниц	drunkard
пяв пявш пяет пяеш пяйт пял пятер пяют пяющ	five
пят	five fifth
пятидесят	fiftieth
пятк	heel
пятн	stain spot blot
пятнадц пятнадца	fifteen
пятнадцат	fifteenth
пятниц	fridai
пятьдес	fifti
ра	paradis heaven
раб	slave servant bondman
рабовладелец рабовладелц	slavehold slaveown
работ	work job labor employ
работа	work labor
работник	worker employe
рабоч	worker workman work labor
рабск	slave servil slavish
рабств	slaveri bondag
рабын	slave maid
равнин	plain
равновес	balanc equilibrium
равнодуш равнодушн	indiffer
рад	joi glad delight rejoic pleas gladden happi sake for
радова раду радует радуеш	rejoic glad pleas delight gladden
радос радосв радосвш радосет радосеш радосйт радосл радост радосют радосющ	joi glad delight
радостн	joyfulli gladli joy glad joyou
радуг	rainbow
радушн	hospit cordial
раз	time onc
разб разбьет разбьеш разбьют	break broke smash defeat crash broken
разбир разбира	understand sort know dismantl analyz
разбирательств	proceed trial hear
разбит	broken smash
разбойник	robber bandit brigand
разбуд разбуда разбудат разбуден разбудя	wake woke awaken
разв разват развен развя	develop
разва	collaps breakup develop
развалин руин	ruin
развед разведет разведеш разведут развел развест	divorc breed separ dilut
разведк	intellig reconnaiss
разведчик	scout spy
разверн развернет развернеш развернув развернул развернут	unfold unwrap deploi turn
развив развива	develop evolv
развит	develop growth
развлек развлека	amus entertain
развод	divorc
развяз развяза	unti unleash
разгад разгада	solv guess unravel
разгляд разгляда разглядат разгляде разглядевш разглядеет разглядееш разглядел разгляден разглядет разглядеют разглядеющ разглядя	discern make see
разглядыв разглядыва	examin scrutin studi
разговарив разговарива	talk speak convers
разговор	convers talk
разд	sound ring resound undress distribut hand
разда	sound ring resound distribut hand undress
раздав раздава	sound ring resound distribut
раздад раздадут раздаст раздаш	sound ring resound distribut hand
раздат разде раздева раздевш раздеет раздееш разден раздет раздеют раздеющ разду раздует раздуеш раздя	undress
раздел	section part division divid share separ undress
раздела разделат разделен разделя	divid share separ
раздраж раздража раздражат раздражен раздражя	irrit annoi
различ	differ distinc distinguish discern vari
различа различат различен различя	distinguish discern differ vari
различн	variou differ
разлож разложа разложат разложен разложя	lai spread decompos
разлук разлуч разлуча разлучат разлучен разлучя	separ part
размер	size dimen amount
размест разместа разместат разместен разместя размещ размеща размещат размещен размещя	place accommod
размнож размножа размножат размножен размножя	multipli breed reproduc
размышл размышля	reflect ponder think
разн	spread deliv smash differ variou
разнес разнесет разнесеш разнесл разнест разнесут	spread deliv smash
разнообразн	divers variou vari
разобер разоберет разобереш разоберут разобра	understand sort figur dismantl make
разоблач разоблача разоблачат разоблачен разоблачя	expos unmask
разойд разойдет разойдеш разойдут разойт разошедш разошел разошл	part dispers
разор разора разорат разорен разоря	ruin devast
разоружен	disarma
разочар разочарова разочару разочарует разочаруеш	disappoint disillu
разрез разреза	cut
разреш разреша разрешат разрешя	allow permit resolv
разрешен	permis permit resolu allow resolv
разруш разруша разрушат разрушя	destroi ruin demolish
разрушен	destruc destroi ruin demolish
разум	reason mind intellect
разумеет	cours natur
разумн	reason sensibl ration wise
разыскив разыскива	search seek hunt
район	district area region
рак	cancer crayfish crab
ракет	rocket missil
рам	frame
ран	wound injur earli
рана ранат ранен раня	wound injur
раньш	befor earlier formerli
раскаив раскаива	repent regret
раскаян	remors repent
раскол	schism split
раскопк	excav dig
раскр раскры раскрыв раскрыва раскрыет раскрыеш раскрыйт раскрыют раскрыющ	reveal disclos open
расп распя	crucifi
распад	breakup disintegr collaps decai
располаг располага	have dispos arrang
располож расположа расположат расположен расположя	arrang place dispos settl locat
распоряд распоряда распорядат распоряден распорядя	order dispos
распоряж распоряжа распоряжат распоряжя	dispos manag order
распоряжен	order instruc dispos manag
распредел распредела распределат распределен распределя	distribut alloc
распростра распространа распространат распространен	spread
распростран распространя	spread dissemin distribut extend
распят	crucifixion crucifix
рассвет	dawn daybreak sunris
расскаж расскажет расскажеш расскажут рассказа рассказыв рассказыва	tell told narrat relat
рассказ	stori tale
расслед расследова расследу расследует расследуеш следовател	investig
расследован	investig inquiri
рассматрив рассматрива	consid examin view
рассмеш рассмеша рассмешат рассмешен рассмешя	amus
рассмотр рассмотра рассмотрат рассмотре рассмотревш рассмотреет рассмотрееш рассмотрел рассмотрен рассмотрет рассмотреют рассмотреющ рассмотря	consid examin
расста расстав расстава расстан расстанет расстанеш расстанут	part
расставан	part separ breakup
расстегн расстегнет расстегнеш расстегнув расстегнул расстегнут	unbutton
расстоян	distanc
расстр расстро расстроа расстроат расстроен расстроя	upset frustrat
расстраив расстраива	upset
расстрел расстреля	shoot shot execut
рассудк рассудок	reason mind saniti
рассужд рассужда	reason argu discuss
рассчитыв рассчитыва	count reli calcul expect
рассып рассыпа	scatter crumbl
раста растат растен растя	rais grow
растер	confus lost bewild
растеря	confus lost bewild confusion bewilder
растерян растеряннос растерянносв растерянносвш растерянносет растерянносеш растерянносйт растерянносл растерянносют растерянносющ	confusion bewilder
растительн	veget plant
растоп растопа растопат растопен растопя	melt kindl
растян растянет растянеш растянув растянул растянут	stretch
расход	expens expenditur consump spend expend part dispers diverg
расхода расходат расходен расходя	part dispers diverg
расходова расходу расходует расходуеш	spend expend
расчет	calcul settlement payment
расшир расшира расшират расширен расширя	expand extend widen
рва рвав рвавш рвает рваеш рвайт рвал рват рвают рвающ	tear tore torn vomit burst strain
рван	torn rag
реализац	implement realiz sale
ребр	rib edg
ребят	gui kid boi fellow children
рев рева реват реве ревевш ревеет ревееш ревел ревен ревет ревеют ревеющ ревя	roar bellow howl
ревн	jealousi jealou
ревнова ревну ревнует ревнуеш	jealou
ревнос ревносв ревносвш ревносет ревносеш ревносйт ревносл ревност ревносют ревносющ	jealousi
редакц	editori offic edition
редк	rare seldom spars
режиссер	director
рез реза	cut slice
рек речн	river
ремонтир ремонтирова ремонтиру ремонтирует ремонтируеш	repair
реп	turnip
ресниц	eyelash lash
реч	speech
реш решат решя	decid solv resolv dare ventur
реша	decid solv resolv dare ventur decis
решен	decision solution decid solv resolv dare ventur
решительн	resolut decis firmli
ржа ржав ржавш ржает ржаеш ржайт ржал ржат ржащ ржают ржающ ржен ржи ржив рживш ржим ржит ржиш ржу ржь ржю ржя ржят ржящ	neigh
риз	robe vestment
рис	draw drew drawn paint rice
риск рискова риску рискует рискуеш	risk
рисунк рисунок	draw pictur pattern
роб робос робосв робосвш робосет робосеш робосйт робосл робост робосют робосющ	timid shyness
робк	timid shy
ровн	exactli evenli even level smooth
рог	horn
род	born bear bore give famili kind clan gener birth
рода родат роден родя	born bear bore give birth
родин	homeland motherland countri
родител родительск	parent
родн	nativ own dear rel kin
родственник	rel relat kinsman
рож	bear give bore born birth rye
рожа рожат рожен рожя	bear give bore born birth
рожд рожда	born aris
рожден	birth
рождеств	christma nativ
розов	pink rosi rose
рол	role part
рома	novel romanc affair
ромашк	camomil daisi
рон роня	drop shed
рос	dew grow grew grown
роскош	luxuri
роскошн	luxuri splendid
рост	growth height
рот	mouth compani
рощ	grove
рта ртом рту рты	mouth
руб руба рубат рубен рубя	chop cut fell
рубах рубашк	shirt
рубеж	border frontier line boundari
рубл	rubl roubl
руг руга	scold critic swear curs quarrel
руж	gun rifl musket
рук	hand arm
руковод руковода руководат руководен руководя	lead led direct manag
руководител	head leader manag director
руководств	leadership manag guidanc guid follow
руководствова руководству руководствует руководствуеш	guid follow
рукоп	manuscript
рул	wheel helm
румян	rosi ruddi
рухн рухнет рухнеш рухнув рухнул рухнут	collaps fall
руч	stream brook creek
ручк	pen handl
ручн	hand manual tame
руш руша рушат рушен рушя	collaps crumbl
рыб рыбалк	fish
рыбак	fisherman
рыд рыда	sob weep wept
рыж	red ginger
рынк рынок рыночн	market
рыцар	knight
рыч рыча рычат рычен рычя	growl roar
ряд	row seri number line near besid nearbi
рядов	privat
сабл	saber sword sabr
сад	garden orchard sit sat
сада садат саден садя сид сида сидат сиде сидевш сидеет сидееш сидел сиден сидет сидеют сидеющ сидя	sit sat
сам	self himself herself itself alon most veri same
самолет	plane aircraft airplan
сан	sleigh sledg sled
сапог	boot
сара	shed barn
саранч	locust
сат сащ севш сеет сееш сейт сет сеют сеющ сив сивш сим сит сиш сят сящ	network net chain
сахар	sugar
сбег сбегут сбеж сбежа	escap flee fled run
сберег сберегл сберегут сбережет сбережеш сбереч	save preserv
свадьб	wed marriag
свал свала свалат свален сваля	fall fell tumbl
свар свара сварат сварен сваря	cook boil
сведен	inform data
свеж	fresh
свекл	beet beetroot
свергн свергнет свергнеш свергнув свергнул свергнут	overthrow toppl depos
сверк сверка	sparkl glitter flash
сверн свернет свернеш свернув свернул свернут	turn roll fold
свертк сверток	bundl packag parcel
сверх	abov top
свет	light world shine shone dawn glow
света	shine shone dawn glow
светат светен светя	shine shone glow
светл	light bright
свеч	candl
свидан	date meet rendezv
свидетел	wit
свидетельств	testifi wit indic evid testimoni certif
свидетельствова свидетельству свидетельствует свидетельствуеш	testifi wit indic
свин	pig swine hog
свинин	pork
свиреп	fierc feroci
свист свиста свистат свисте свистевш свистеет свистееш свистел свистен свистет свистеют свистеющ свистя	whistl
свитк свиток	scroll
сво	own hi her their it
свобод	freedom liberti
свободн	freeli fluentli free
свойств	properti qualiti attribut
связ	connec link commun tie bind bound connect contact
связа	tie bind bound connect link contact
связыв связыва	tie bind connect link contact
свят	saint holi sacr sanctiti
святилищ	sanctuari shrine
святос святосв святосвш святосет святосеш святосйт святосл святост святосют святосющ	holi sanctiti
святын	shrine sanctuari
священ	sacr holi
священник	priest clergyman
сгиб сгиба согн согнет согнеш согнув согнул согнут	bend bent
сда сдав сдад сдадут сдайт сдал сдам сдаст сдат сдаш	surrend pass hand rent
сдава сдает сдаеш сдают	pass hand rent surrend
сдел сдела	do make did done made
сделк	deal transac bargain
сдерж сдержа сдержат сдержен сдержя	restrain keep kept hold
сдержив сдержива	restrain contain hold
се этот	thi
себ	self himself herself itself themselv
сев	network net chain sit sat board
север	north
северн	northern north
сегодн сегодняшн	todai
сед	grei grai hoari
седьм	seventh
секрет	secret
секретар	secretari
сел	network net chain villag sit sat board
селедк сельд	her
сельск	rural villag countri
сельскохозяйствен	agricultur
сем	famili seed seven
семейн	famili domest
семен	seed
семер	seven
семидесят	seventieth
семнадц семнадца	seventeen
семнадцат	seventeenth
семьдес	seventi
сен	network net chain passag hall entri hai
сентябр	septemb
сер	grei grai
сердечн	heart cordial hearti
сердит	angri cross
сердц	heart
серебр серебрян	silver
середин	middl center midst
серьезн	serious seriou grave
сест сяд сядет сядеш сядут	sit sat board
сестр	sister nurs
сжа сжав сжавш сжает сжаеш сжайт сжал сжат сжащ сжают сжающ сжен сжи сжив сживш сжим сжима сжит сжиш сжу сжь сжю сжя сжят сжящ	squeez compress clench
сиз	grei bluish
сил	forc strength power might
сильн	strongli greatli hard strong power
симпатичн	nice likabl pretti
син	blue
синиц	tit titmous
сирен сирн	lilac
сирот	orphan
сия	shine shone glow radiant beam
скаж скажет скажеш скажут сказа	sai said tell told
сказан	legend tale
сказк	tale stori fairi
скак скака	gallop jump
скал	rock cliff
скалист	rocki
скам скамейк	bench
скин	tabernacl
склад	warehous depot store
складыв складыва	fold add stack
склон	inclin persuad bend slope
склона склонат склонен склоня	inclin persuad bend
скольз скольза скользат скользен скользя	slide slip glide
скольк	how mani much
сконч сконча скончат скончен скончя	die pass deceas
скор	speed veloc soon rather sooner faster quick speedi fast
скорб	sorrow grief griev mourn
скорос скоросв скоросвш скоросет скоросеш скоросйт скоросл скорост скоросют скоросющ	speed veloc
скот	cattl livestock
скромн	modest humbl modesti
скромнос скромносв скромносвш скромносет скромносеш скромносйт скромносл скромност скромносют скромносющ	modesti
скры скрыв скрыва скрывш скрыет скрыеш скрыйт скрыл скрыют скрыющ	hide hid hidden conceal
скрыт	hide hid hidden conceal latent
скук	boredom
скуп	stingi miserli
скуч скуча скучат скучен скучя	miss bore
скучн	bore dull
слаб	weak weakli faintli faint
слабос слабосв слабосвш слабосет слабосеш слабосйт слабосл слабост слабосют слабосющ	weak
слав	glori fame glorifi prais
славн	gloriou nice fine
сладк	sweetli sweet
слегк	slightli lightli
след	trace track footprint mark watch follow after next
следа следат следен следя	watch follow track
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
словн	though like
слож сложа сложат сложен сложя	fold add put develop form
сложн	complex difficulti difficult complic
сложнос сложносв сложносвш сложносет сложносеш сложносйт сложносл сложност сложносют сложносющ	complex difficulti
слон	eleph
слуг	servant
служа	employe clerk serv
служб	servic duti
слух	rumor hear rumour
случа	case occasion incid chanc event happen occur
случайн	accident chanc random casual
слуш слуша слушат слушен слушя	listen hear heard obei
слушан	hear
слушател	listen student
слыш слыша слышат слышен слышя	hear heard sound
слышн	audibl heard
слюн	saliva
сляк сляко сляковш слякоет слякоеш слякойт слякол слякот слякоют слякоющ	slush
сма смат смащ смев смевш смеет смееш смейт смет смеют смеющ сми смив смивш смим смит смиш сму смь смю смя смят смящ	dare
сме	dare laugh
смел	courag bold braveri dare boldli brave
смелос смелосв смелосвш смелосет смелосеш смелосйт смелосл смелост смелосют смелосющ	courag bold braveri
смен	dare chang replac
смена сменат сменен сменя	chang replac
смер смерв смервш смерет смереш смерйт смерл смерт смерют смерющ	death
смерк смерка	darken dusk
смертн	mortal deadli
смерч	tornado whirlwind
смета	cream sour
смех	laughter laugh
смеш смеша смешат смешен смешя	mix amus
смешн	funni ridicul
смирен	humbl meek humil
смог смогл смогут смож сможет сможеш смоч	can could abl manag
смоковниц	fig
смородин	currant
смотр смотра смотрат смотре смотревш смотреет смотрееш смотрел смотрен смотрет смотреют смотреющ смотря	look watch see
смугл	swarthi dark tan
смут	embarrass confus turmoil troubl sedition
смута смутат смутен смутя смущ смуща смущат смущя	embarrass confus
смущен	embarrass confus confusion
смысл	sens mean point
смятен	confusion dismai turmoil
сна сну	sleep dream dreamt
снабж снабжа снабжат снабжен снабжя	suppli provid
снаруж	outsid
снаряд	shell projectil
сне сном сны	sleep dream
снег	snow
снежинк	snowflak
снежн	snowi snow
сниж снижа снижат снижя сниза снизат снизен снизя	reduc lower declin decreas fall
снижен	decreas reduc declin lower fall
сниз	reduc lower declin decreas fall below bottom beneath
сним снят	take remov rent shoot dream dreamt
снима снимет снимеш снимут снял	take remov rent shoot
снимк снимок	pictur photo snapshot
снов	sleep dream again
собак	dog
собер соберет собереш соберут собра	collect gather assembl
собир собира	collect gather pick go intend
соблазн	seduc tempt temptat
соблазна соблазнат соблазнен соблазня	seduc tempt
соблюд соблюда	observ follow compli keep
соблюден	observ complianc
собор	cathedr council
собран	meet assembl collec gather
собствен	properti ownership actual properli own
собственнос собственносв собственносвш собственносет собственносеш собственносйт собственносл собственносют собственносющ	properti ownership
событ	event
сов	conscienc owl
совед совел совест совеш	conscienc
соверш соверша совершат совершя	commit perform accomplish make
совершен	commit perform accomplish make complet absolut perfectli quit perfect
совет	council advic board advis recommend
советск	soviet
совещан	meet confer
совместн	joint common
совокупн совокупнос совокупносв совокупносвш совокупносет совокупносеш совокупносйт совокупносл совокупносют совокупносющ	total aggreg
совп совпад совпада совпас совпасв совпасвш совпасет совпасеш совпасйт совпасл совпаст совпасют совпасющ	coincid match
современ	modern contemporari
совс	quit complet entir
согл согласа согласат согласен соглася соглаш соглаша соглашат соглашя	agre consent
соглас	consent agreement harmoni agre
соглашен	agreement accord agre consent
согр согра сограт согре согревш согреет согрееш согрел согрен согрет согреют согреющ согря	warm
содейств содействова содейству содействует содействуеш	assist promot
содерж содержа содержат содержен содержя	contain maintain keep
содержан	content mainten
соедин соедина соединат соединен соединя	connect join unit
сожален	regret piti
созд созда создад создадут создаст создаш	creat make made establish
создав создава сотвор сотвора сотворат сотворя	creat make made
создан	creation creatur
создател творец творц	creator maker
сознан	conscious mind
созр созра созрат созре созрева созревш созреет созрееш созрел созрен созрет созреют созреющ созру созрует созруеш созря	ripen matur
сойд сойдет сойдеш сойдут сойт сошедш сошел сошл	descend get go
сок	juic
сокол	falcon
сокра сократ сократа сократат сократен сократя сокращ сокраща сокращат сокращя	reduc cut shorten
сокращен	reduc cut abbrevi shorten
сокруш сокруша сокрушат сокрушен сокрушя	crush shatter
солдат солдатск	soldier
солен	salti salt
солнечн	sunni solar sun
солнц	sun
солов	nightingal
солом	straw
сомн сомнева сомнен сомну сомнует сомнуеш	doubt
сон	sleep dream sleepi drowsi
соображ сообража соображат соображен соображя	think figur
сообраз сообраза сообразат сообразен сообразя	realiz figur
сообщ сообща сообщат сообщя	report inform tell told
сообщен	messag report commun inform tell told
сообществ	commun
сооружен	structur construc build
соответств	accord conform correspond match appropri relev
соответствова соответству соответствует соответствуеш	correspond match
соотечественник	compatriot countryman
соотношен	ratio correl relat
соперник	rival competitor
сопостав сопостава сопостават сопоставен сопоставя сравн сравна сравнат сравнив сравнива сравня	compar
сопровожд сопровожда	accompani escort
сопротивл сопротивля	resist
сопротивлен	resist opposi
сорв сорва	tear pick disrupt
сорк сорок	forti
сороков	fortieth
сос соса	suck
сосед	neighbor neighbour
соскоч соскоча соскочат соскочен соскочя спрыгн спрыгнет спрыгнеш спрыгнув спрыгнул спрыгнут	jump
сосл сосла ссыл ссыла	refer cite
сослов	estat class
сосн	pine
сосредоточ сосредоточа сосредоточат сосредоточен сосредоточя	concentr focu
состав состава состават составен составя	make compos constitut draw
составл составля	make compos constitut amount
состо состоя	consist
состоян	state condition
сосуд	vessel
сосчит сосчита	count
сот	hundredth
сотворен	creat make made creation
сотрудник	employe staff worker colleagu
сотруднич сотруднича сотрудничат сотрудничен сотрудничеств сотрудничя	cooper collabor
сохра сохран сохрана сохранат сохранен сохраня	keep kept preserv save retain
сочет сочета	combin
сочин сочина сочинат сочинен сочиня	compos write
сочувств	sympathi compas sympath
сочувствова сочувству сочувствует сочувствуеш	sympath
союз	union allianc
союзник	alli
спа спав спавш спает спаеш спайт спал спат спают спающ	sleep slept
спальн	bedroom
спас спасет спасеш спасл спаст спасут	save rescu escap surviv
спаса	save rescu escap
спасен	salvat rescu
спасител	savior saviour redeem
спектакл	perform plai show
спел	sing sang sung ripe
специалист	specialist expert
специальн	special especi deliber
спеш спеша спешат спешен спешя	hurri hasten rush
спин	back
списк список	list
спокойн	calmli quietli calm quiet peac
спокойств	calm tranquil peac
спор	disput argument debat argu quarrel
спора спорат спорен споря	argu disput
способ	wai method mean manner
способн	abil capac capabl abl
способнос способносв способносвш способносет способносеш способносйт способносл способносют способносющ	abil capac capabl
способств способствова способству способствует способствуеш	promot contribut facilit
споткн споткнет споткнеш споткнув споткнул споткнут	stumbl trip
справ	cope manag handl right
справа справат справен справя	cope manag handl
справедлив	justic fair just
справедливос справедливосв справедливосвш справедливосет справедливосеш справедливосйт справедливосл справедливосют справедливосющ	justic fair
справк	certif refer inform
справл справля	cope manag inquir
спрашив спрашива	ask inquir question
спро спроса спросат спросен спрося	ask inquir
спрос	demand ask inquir
спящ	sleep asleep
сравнен	comparison compar
сраж сража сражат сражя	fight fought battl
сражен	battl fight fought engag
сраз	immedi onc fight fought
сред	wednesdai environ medium among amid midst
средн	middl averag medium
средств	mean remedi tool
срок	term period deadlin time
срочн	urgent
срыв срыва	tear pick
ссор	quarrel argument
став става стават ставя	put place set stage
ставен	put place set stage shutter
ставк	rate bet stake
ставн	shutter
стад	herd flock
стака стекл стекля	glass
стал	steel becom becam get begin
стальн	steel
стан станет станеш станут	becom becam get begin
станов станова становат становен становя	becom get grow
стар	ag try strive endeavor old ancient
стара	try strive endeavor ag
старан	dilig effort
старат старе старевш стареет старееш старел старен старет стареют стареющ старя	ag
старец старц	elder old
старик	old man elder
старин	ancient old
старос старосв старосвш старосет старосеш старосйт старосл старост старосют старосющ	ag old
старух	old woman
старш	elder senior older eldest
стат	articl claus becom becam get begin
ствол	trunk barrel
стебел	stem stalk
стен	wall
степ	stepp
степен степн	degre extent
стер стера стерат стере стеревш стереет стерееш стерел стерен стерет стереют стереющ стеря	eras wipe
стереч страж	guard watch
стесн стесня	shy embarrass hesit
стипенд	scholarship grant stipend
стир стира	wash eras
стих	vers poem
сто	stand stood cost worth hundr
стоа стоат стоен	cost worth
стоим стоимос стоимосв стоимосвш стоимосет стоимосеш стоимосйт стоимосл стоимост стоимосют стоимосющ	cost valu price
стол	tabl desk so such
столет	centuri
столиц	capit
столкновен	collision clash conflict
столов	dine canteen
стольк	so mani much
стон стона	groan moan
сторож	watchman guard keeper
сторожа сторожат сторожен сторожя	guard
сторон	side parti
сторонник	support adher
стоя	stand stood cost worth
стра страс страсв страсвш страсет страсеш страсйт страсл страст страстн страсют страсющ	passion
страд страда страдан	suffer
стражник	guard watchman
стран	countri land nation strang oddli odd weird queer
страниц	page
странник	wander pilgrim stranger
странств странствова странству странствует странствуеш	wander travel
страх	fear dread insur terror
страхова страху страхует страхуеш	insur
страшн	terribl awfulli afraid frighten scari fear dread
стрел	arrow shoot shot fire
стрелец стрелц	archer musket
стрельб	shoot fire
стрем стрема стремат стремен стремя	strive seek aspir
стремительн	swift rapid impetu
стремлен	aspir strive desir
стро	system order format build built construct
строг	strict sever stern
строительств	construc build
стройк	construc build site
стройн	slender slim
стру	stream flow coward chicken
струа струат струен струя	stream flow
струс струса струсат струсен струся	coward chicken
стукн стукнет стукнеш стукнув стукнул стукнут	knock hit
стул	chair
ступ ступа	step tread trod
ступат ступя	step tread
ступен	step stage degre tread
ступеньк	step stair
ступн	step stage degre foot feet
стуч стуча стучат стучен стучя	knock beat
стыд	shame asham
стыда стыдат стыден стыдя	asham
стыдлив	bash modest
стыдн	asham shame
суббот	saturdai sabbath
сув сувш суеш суйт сул сут суют сующ	essenc gist point
сугроб	snowdrift drift
суд	court trial judgment judg refere try tribun justic
суда судат суден судя	judg try
судар	sir
судебн	judici court legal
судн	vessel ship boat
судьб	fate destini lot
сует	essenc gist point vaniti fuss bustl
сум сума сумат суме сумевш сумеет сумееш сумел сумен сумет сумеют сумеющ сумя	manag abl succe
сумасшедш	madman lunat mad crazi insan
сумерк	twilight dusk
сумк	bag handbag
сумм	sum amount total
сун сунет сунеш сунув сунул сунут	shove stick thrust
сундук	chest trunk
суп щи	soup
супруг	spous husband wife
суров	sever harsh stern
суста	joint
существ	creatur be essenc exist
существен	essenti substanti signific
существова существован существу существует существуеш	exist
сущн сущнос сущносв сущносвш сущносет сущносеш сущносйт сущносл сущност сущносют сущносющ	essenc entiti natur
сформир сформирова сформиру сформирует сформируеш формир формирова формиру формирует формируеш	form shape
схват схвата схватат схватен схватя	grab seiz grasp catch
схем	scheme diagram chart
сход схода сходат сходен сходя	converg agre meet go descend
сходств	similar resembl like
сцен	stage scene
счаст	happi luck fortun
счастлив	happi lucki
счет	account bill score count
счит счита	count consid think believ reckon
съезд	congress conven
сын сынов	son
сынк сынок	son sonni
сып сыпа	pour sprinkl
сыр	chees raw damp
сырос сыросв сыросвш сыросет сыросеш сыросйт сыросл сырост сыросют сыросющ	damp
сыт	full satisfi
сыщик	detect
сюд	here hither
сюжет	plot stori
таблетк	pill tablet
тайн	secret mysteri secretli covert
так	such so thu
такж	also too likewis
тал	waist
талантлив	talent gift
там туд	there
таможен	custom
тарелк	plate dish
тащ таща тащат тащен тащя	drag pull haul trudg
тая	melt thaw
твар	creatur
тверд	firmli firm hard solid
тво	your thy thine
твор твора творат творя	creat make made do
творен	creat make made do creation creatur work
тек текл текут теч течет	flow leak run
текущ ток	current
тел	bodi
телег	cart wagon
теленк теленок телец телц	calf
телесн	bodili physic corpor
телятин	veal
тем	topic subject theme
темн	darken dark
темна темнат темне темневш темнеет темнееш темнел темнен темнет темнеют темнеющ темня	darken
темниц	dungeon prison
темнот тьма	dark
тен	shadow shade
тепл	warmth heat warm warmli
терз терза	torment tear
терн	thorn blackthorn
терп терпа терпат терпе терпевш терпеет терпееш терпел терпет терпеют терпеющ терпя	bear endur toler bore
терпелив	patient
терпен	patienc bear endur toler bore
тесн	close tightli tight cramp narrow
тест	father dough pastri
тет	aunt
тетк	aunt woman
тетрад	notebook
техник	technolog equip techniqu
течен	current flow cours
тира	tyrant
тих	quietli softli silent quiet still calm
тишин	silenc quiet still
тка ткав ткавш ткает ткаеш ткайт ткал ткат ткают ткающ	weav wove woven
ткан	fabric cloth tissu
тла тлат тлащ тле тлев тлевш тлеет тлееш тлейт тлел тлет тлеют тлеющ тли тлив тливш тлим тлит тлиш тлу тль тлю тля тлят тлящ	smolder
тлен	smolder decai corrup
товар	good commod product
товарищ	comrad friend companion
тогд тогдашн	then
тож	also too
толк	push shove interpret
толка толкн толкнет толкнеш толкнув толкнул толкнут	push shove
толп	crowd
толст	thick fat stout
тольк	onli just
том	volum
тон тонет тонеш тонув тонул тонут утон утонет утонеш утонув утонул утонут	drown sink sank
тонк	thin fine delic subtl
топ топа топат топен топя	heat drown sink
топлив	fuel
топол	poplar
топор	ax
топт топта	trampl tread
торг торгова торгу торгует торгуеш	trade sell sold
торгов	trade commerci merchant
торговл	trade commerc
тормоз тормоза тормозат тормозен тормозя	brake slow
тороп торопа торопат торопен торопя	hurri rush
тороплив	hurriedli hastili hurri hasti
торт	cake
торч торча торчат торчен торчя	stick protrud
тоск	long yearn melancholi anguish miss
тосклив	dreari melancholi
тоскова тоску тоскует тоскуеш	yearn long miss
тот	that
тотчас	immedi instantli
точк	point dot
точн	accuraci precision exactli precis exact accur
точнос точносв точносвш точносет точносеш точносйт точносл точност точносют точносющ	accuraci precision
тошн тошна тошнат тошнен тошня	sick nauseat
тощ	skinni thin
тра тращ тре трев тревш треет трееш трейт трел трен трет треют треющ трив тривш трим трит триш трь трю тря трят трящ	third
трав	grass herb
трамва	tram streetcar
трапез	meal repast
трат	third spend spent wast
требован	demand requir
тревог	anxieti alarm worri
тревож тревожа тревожат тревожен тревожя	disturb worri alarm
тревожн	anxiou alarm disturb
трезв	sober
тренер	coach trainer
тренир тренирова трениру тренирует тренируеш	train practic
тренировк	train practic workout
трепет	trembl aw thrill
трепета	trembl
тресн треснет треснеш треснув треснул треснут	crack
треугольн	triangular
трещ треща трещат трещен трещя	crack crackl
трещин	crack fissur
три	third three
тридц тридца	thirti
тридцат	thirtieth
трижд	thrice three
тринадц тринадца	thirteen
тринадцат	thirteenth
тро	cane stick three
трог трога тронет тронеш тронув тронул тронут	touch move
троиц	triniti
тройн	tripl trebl threefold
трон	touch move throne
троп	path trail
тропинк	path footpath trail
трос тросв тросвш тросет тросеш тросйт тросл трост тросют тросющ	cane stick
тростник	reed cane
тру	third coward
труб	pipe chimnei trumpet tube
труд	labor work labour toil
труда трудат труден трудя	work labor toil
трудн	difficulti hard difficult
труднос трудносв трудносвш трудносет трудносеш трудносйт трудносл трудност трудносют трудносющ	difficulti
трудов	labor work
трудолюбив	industri hardwork
труп	corps bodi
трус	cowardic coward
труса трусат трусен труся	coward
труслив	cowardli
трусос трусосв трусосвш трусосет трусосеш трусосйт трусосл трусост трусосют трусосющ	cowardic
тряст	shake shook trembl
тума	fog mist foggi misti hazi vagu
туп	dull blunt stupid
турецк	turkish
тускл	dim dull
туфл	shoe slipper
туч	cloud storm
туш туша тушат тушен тушя	extinguish put stew
тщеслав	vaniti
тщетн	vain futil
тыкв	pumpkin gourd
тысяч	thousand
тысячелет	millennium
тысячн	thousandth
тюлен тюлн	seal
тюремщик	jailer
тюрьм	prison jail
тяжел	heavili hard heavi difficult sever
тяжк	grave heavi grievou
тян тянет тянеш тянув тянул тянут	pull drag draw drew stretch extend
уб убьет убьеш убьют	kill slai slew slain murder
убав убава убават убавен убавя	reduc
убег убегут убеж убежа	run ran flee fled escap
убега	run ran flee escap
убед убеда убедат убеден убедя	convinc persuad ensur sure
убежд убежда	convinc persuad
убежден	convic belief persuasion
убежищ	refug asylum shelter sanctuari
убер уберет убереш уберут убра	remov clean put
убив убива	kill slai murder
убийств	murder kill assassin
убийц	murder killer assassin
убир убира	clean remov tidi
уборн	toilet lavatori restroom
убытк убыток	loss
уваж уважат уважен уважя	respect esteem
уважа	respect esteem dear
увед	notifi inform take lead led
увез увезет увезеш увезл увезт увезут	take carri
увелич увелича увеличат увеличя	increas enlarg
увеличен	increas growth rise enlarg
увеличив увеличива	increas grow
увер уверя	assur
уверен	confid certainti sure certain
увереннос уверенносв уверенносвш уверенносет уверенносеш уверенносйт уверенносл уверенносют уверенносющ	confid certainti
увид увида увидат увиде увидевш увидеет увидееш увидел увиден увидет увидеют увидеющ увидя	see saw seen notic
увлег увлегл увлеч увляг увлягут увляж увляжет увляжеш	carri captiv fascin
увлек увлека	keen fond passion
увол увольет увольеш увольют	dismiss fire quit resign leav
угнет угнета	oppress
угнетен	oppres
уговарив уговарива	persuad coax
уговор уговора уговорат уговорен уговоря	persuad convinc
угол	corner angl coal charcoal
угост угоста угостат угостен угостя	treat
угощ угоща угощат угощя	treat entertain
угощен	treat entertain refresh
угрож угрожа угрожат угрожен угрожя	threaten menac
угроз	threat menac
угрюм	sullen gloomi moros
уда	succe manag remov delet withdraw retir
удав удава удад удадут удаст удаш	succe manag
удал удаля	remov delet withdraw retir reced
удала удалат удален	remov delet withdraw retir
удар	blow strike stroke hit struck beat
удара ударат ударен ударя	hit strike struck beat
удач	luck fortun success
удачн	success good lucki
удел удела уделат уделен уделя	devot pai give
удерж удержа удержат удержен удержя	hold held keep restrain
удержив удержива	hold held keep retain restrain
удив удива удиват удивен удивя	surpris wonder astonish amaz
удивл удивля	surpris wonder marvel amaz
удивлен	surpris astonish wonder
удобн удобств	conveni comfort
удовлетвор удовлетвора удовлетворат удовлетворен удовлетворя	satisfi
удостовер удостовера удостоверат удостоверен удостоверя	certifi
уед уедет уедеш уедут уеха	leav left depart go
уезж уезжа уезжат уезжен уезжя	leav left depart
уж	alreadi yet
ужас	horror terror
ужасн	terribl awfulli horribl aw dread
ужин	supper dinner dine sup
ужина	dine supper sup
узел	knot node unit
узк	narrow
узн узна	learn find recogn know
узнав узнава	learn recogn find
уйд уйдет уйдеш уйдут уйт ушедш ушел ушл	leav go left gone
укаж укажет укажеш укажут указыв указыва	indic point show
указ	decre edict
указа	indic point show specifi
указан	instruc indic direc
уклон уклоня	evad avoid dodg
укол	injec shot
укреп укрепа укрепат укрепен укрепя	strengthen reinforc fortifi
укрепл укрепля	strengthen reinforc
уксус	vinegar
улад улада уладат уладен уладя урегулир урегулирова урегулиру урегулирует урегулируеш	settl resolv
улет улета улетат улете улетевш улетеет улетееш улетел улетен улетет улетеют улетеющ улетя	fly flew
улитк	snail
улиц	street
улов улова уловат уловен уловя	catch caught grasp
улучш улучша улучшат улучшен улучшя	improv enhanc
улыб улыба улыбк улыбн улыбнет улыбнеш улыбнув улыбнул улыбнут	smile
ум	mind intellect wit wash
ума умат уме умевш умеет умееш умет умеют умеющ умя	can know abl
умел	can know abl skill
умен	skill abil can know abl
уменьш уменьша уменьшат уменьшя	reduc decreas diminish shrink
уменьшен	decreas reduc diminish shrink
умер умерет умерл умр умрет умреш умрут	die di dead
умерш	die dead deceas di
умилен	tender emotion
умир умира	die dy
умн	clever smart intellig wise
умнож умножа умножат умножен умножя	multipli increas
умол умоля	beg implor plead
умствен	mental intellectu
унаслед унаследова унаследу унаследует унаследуеш	inherit
унес унесет унесеш унесл унест унесут	carri take
уничтож уничтожа уничтожат уничтожя	destroi annihil
уничтожен	destroi annihil destruc
уныв уныва	despond lose
упова упу упует упуеш	trust hope
уполномоч уполномоча уполномочат уполномочен уполномочя	author empow
упомин упомина упомян упомянет упомянеш упомянув упомянул упомянут	mention
упорн	persist stubbornli
употребл употребля	us emploi
употреблен	us usag consump
управл управля	manag govern control rule run
управлен	manag administr control
упражнен	exercis
упрек упрека	reproach blame
упрекн упрекнет упрекнеш упрекнув упрекнул упрекнут	reproach
упрост упроста упростат упростен упростя	simplifi
упрям	stubborn obstin
упуст упуста упустат упустен упустя	miss lose
урага	hurrican
уровен уровн	level
уродлив	ugli
урожа	harvest crop
урок	lesson class
ус	mustach moustach
усадьб	estat manor
усв усво усвоа усвоат усвоен усвоя	learn master assimil
усил	effort strengthen intensifi reinforc
усила усилат усилен усиля	strengthen intensifi reinforc
усилив усилива	strengthen intensifi
ускор ускора ускорат ускорен ускоря	acceler speed hasten
услов	condition term
услуг	servic favor
услыш услыша услышат услышен услышя	hear heard
усмех усмеха усмехн усмехнет усмехнеш усмехнув усмехнул усмехнут	smirk grin smile
усп	manag time keep
успева успу успует успуеш	manag keep
успел успет успо успоет успоеш успоют	manag time
успех успешн	success
успок успоко успокоа успокоат успокоен успокоя	calm sooth reassur
уст	lip mouth estuari
уста устал	tire weari fatigu tired
устав устава	tire weari stare
устават уставен уставя	stare
усталос усталосв усталосвш усталосет усталосеш усталосйт усталосл усталосют усталосющ	fatigu tired weari
устан устанет устанеш устанут утомлен	tire weari
устанавлив устанавлива	establish set instal
установ установа установат установен установя	establish instal set determin
устн	oral verbal
устойчив устойчивос устойчивосв устойчивосвш устойчивосет устойчивосеш устойчивосйт устойчивосл устойчивосют устойчивосющ	stabil sustain
устр устро устроа устроат устроен устроя	arrang organ
устра устран устрана устранат устранен устраня	elimin remov
устраив устраива	arrang organ suit
устриц	oyster
устройств	devic structur arrang
уступ уступа	yield conced cede inferior give
уступат уступен уступя	yield conced cede give
уступк	conces
утверд утверда утвердат утверден утвердя	approv confirm establish
утвержд утвержда	claim assert maintain approv
утес	cliff crag
утеш утеша утешат утешя	comfort consol
утешен	comfort consol solac
утк	duck
утр	morn
утрен	morn matin
ух	ear
ухажив ухажива	care court nurs
ухмыльн ухмыльнет ухмыльнеш ухмыльнув ухмыльнул ухмыльнут	grin smirk
уход	departur leav care go left
ухода уходат уходен уходя	leav go left
ухудш ухудша ухудшат ухудшя	worsen deterior
ухудшен	deterior worsen
уч уча учат учя	teach learn taught studi
участ	particip part
участв участвова участву участвует участвуеш	particip take
участк участок	plot site section area
участник	particip member
учеб	studi learn
учебн	educ train
учен	scientist scholar teach doctrin learn taught studi scientif
ученик	pupil student discipl
учес учесв учесвш учесет учесеш учесйт учесл учест учесют учесющ учитыв учитыва	consid account
училищ	school colleg
учител	teacher master
учред учреда учредат учреден учредя	establish found institut
учрежден	institu establish agenc
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
французск	french
фрукт	fruit
характер	charact natur temper
хвал хвала хвалат хвален хваля	prais boast
хваст хваста	boast brag
хват хвата	grab seiz enough suffic
хватат хватен хватя	suffic enough
хвост	tail
хижин	hut cabin
хитр	cun sly
хлеб	bread
хлев	barn shed stabl
хлоп хлопа	clap slam flap
хлопн хлопнет хлопнеш хлопнув хлопнул хлопнут	slam clap bang
хмур	frown gloomi overcast
ход	cours move progress walk go went gone
хода ходат ходен ходя	walk go went gone
хозяин	master owner host landlord
хозяйк	hostess mistress owner landladi housewif
хозяйств	economi household farm
хозяйствен	econom household
холм	hill
холодильник	fridg refriger
холодн	cold coldli
холост	singl bachelor idl
холст	canva
хорош	well good nice fine better best
хот	want wish desir like feel although though
хотел хотет хоч хочет хочеш	want wish desir like feel
хохот хохота	laugh roar
храбр	braveri courag brave valiant valor
храброс храбросв храбросвш храбросет храбросеш храбросйт храбросл храброст храбросют храбросющ	braveri courag valor
храм	templ church
хран храна хранат хранен храня	keep kept store preserv
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
царствова царствован царству царствует царствуеш	reign
цвест	bloom blossom flower
цвет	color colour flower
цветк цветок	flower
цветущ	bloom flower
цел	goal aim purpos target whole kiss entir
цела целат целен целя	aim
целик	entir wholli complet
целостн целостнос целостносв целостносвш целостносет целостносеш целостносйт целостносл целостносют целостносющ	integr
цен	price cost valu appreci prize valuabl preciou
цена ценат ценен ценя	valu appreci prize
ценнос ценносв ценносвш ценносет ценносеш ценносйт ценносл ценност ценносют ценносющ	valu
цеп	chain
церкв церков	church
церковн	church ecclesiast
цитир цитирова цитиру цитирует цитируеш	quot cite
цифр	figur digit number
цыпленк цыпленок	chicken chick
ча	tea
чайк	gull seagul
час	part portion share section hour watch clock
часв часвш часет часеш часйт часл часют часющ	part portion share section
част	part portion share section often frequent
частичн	partial partli
частн	privat particular
чаш	cup bowl chalic
чашк	cup
чащ	thicket
че	whose
чел челюс челюсв челюсвш челюсет челюсеш челюсйт челюсл челюст челюсют челюсющ	jaw
человеческ	human
человечеств	human mankind humankind
чемода	suitcas
черв червяк	worm
чердак	attic loft
через	through across after
череп	skull
черепах	turtl tortois
чересчур	too excess
черн	black
черт	featur trait line devil
чес чесв чесвш чесет чесеш чесйт чесл чест чесют чесющ	honor honour
чеснк чеснок	garlic
честн	honestli honest
четвер	quarter four
четверв четвервш четверет четвереш четверйт четверл четверют четверющ	quarter
четверг	thursdai
четверт	quarter fourth
четыр	four
четырнадц четырнадца	fourteen
четырнадцат	fourteenth
чин	rank grade repair fix mend
чиновник	offici offic bureaucrat clerk
числ	number date
чист	clean brush peel pure clear
чиста чистат чистен чистя	clean brush peel
чистот	puriti cleanli
читател	reader
чих чиха	sneez
член	member
чрев	womb belli
чрезвычайн	extrem exceedingli extraordinari emerg
что	what which
что-либ	anyth
что-нибуд	anyth someth
чтоб	that order so
чув чувш чует чуеш чуйт чул чут чуют чующ	slightli bare
чувств	feel sens emotion felt
чуд чудес	miracl wonder marvel
чудесн	wonderfulli wonder marvel miracul
чудовищн	monstrou
чуж	foreign alien strang other
чужд	alien foreign
чужеземец чужеземц	stranger foreign alien
чум	plagu pestil
чутк	sensit keen
чуть-ч чуть-чу чуть-чув чуть-чувш чуть-чует чуть-чуеш чуть-чул чуть-чут	littl slightli bit
шаг	step pace walk stride
шага	walk step stride
шагн шагнет шагнеш шагнув шагнул шагнут	step
шалаш	hut shelter
шапк	hat cap
шат шащ шен шив шивш шил шим шит шиш шят шящ	sew
ше	neck
шелест шелеста шелестат шелесте шелестевш шелестеет шелестееш шелестел шелестен шелестет шелестеют шелестеющ шелестя	rustl
шелк шелков	silk
шер шерс шерсв шерсвш шерсет шерсеш шерсйт шерсл шерст шерсют шерсющ	wool fur coat
шерстян	wool woolen
шес шесв шесвш шесет шесеш шесйт шесл шестер шесют шесющ	six
шест	six sixth
шестидесят	sixtieth
шестнадц шестнадца	sixteen
шестнадцат	sixteenth
шестьдес	sixti
шеф	chief boss
шип	thorn spike
ширин	width breadth
широк	wide broadli broad
шкатулк	box casket
шкаф	cupboard wardrob closet cabinet
школ школьн	school
школьник	schoolboi pupil schoolchild
шкур	skin hide fur
шляп	hat
шосс	highwai road
шпаг	sword rapier
шпион шпиона шпионат шпионен шпионя	spy
штаб	headquart staff
штат	staff state
штраф	fine penalti
штук	thing piec
штурм	assault storm
шуб	coat fur
шум шума шумат шуме шумевш шумеет шумееш шумел шумен шумет шумеют шумеющ шумя	nois rustl roar
шумн	noisi
шутк	joke jest
щебет щебета	chirp twitter
щедр	gener generos
щедрос щедросв щедросвш щедросет щедросеш щедросйт щедросл щедрост щедросют щедросющ	generos
щек	cheek
щел	crack gap slit
щелкн щелкнет щелкнеш щелкнув щелкнул щелкнут	click snap
щенк щенок	puppi pup
щит	shield
щук	pike
экзам	exam examin
экон эконом эконома экономат экономен экономя	save econom
экра	screen
электричеств	electr
эпох	epoch era ag
эт	thi it that
этаж	floor storei stori
этап	stage phase
эфир	air broadcast ether
юбк	skirt
юг	south
южн	southern south
юн	young youth
юнош	youth young man lad
юридическ	legal jurid
яблок	appl
явл явля	be appear repres constitut
явлен	phenomenon occurr
явн	clearli obvious evid obviou clear explicit open
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
ярос яросв яросвш яросет яросеш яросйт яросл ярост яросют яросющ	rage furi
яростн	furiou fierc
ясн	clariti clearli clear bright
яснос ясносв ясносвш ясносет ясносеш ясносйт ясносл ясност ясносют ясносющ	clariti
ястреб	hawk
ячмен ячмн	barlei
ящериц	lizard
ящик	box drawer crate`;
