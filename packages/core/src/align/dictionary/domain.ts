/** Domain vocabulary: law, government, diplomacy, war, religion and scripture, family, body, home, food, nature, animals, weather, feelings, colours, time. */
export const ENTRIES = `
закон	law act statute rule
суд	court trial judgment tribunal
право	right law
свобода	freedom liberty
обязанность	duty obligation responsibility
защита	protection defense defence
преступление	crime offence offense
наказание	punishment penalty sentence
судья	judge justice
судить	judge try
осудить	condemn convict sentence
осуждать	condemn blame
приговор	sentence verdict
приговорить	sentence condemn
преступник	criminal offender
преступный	criminal
виновный	guilty culpable
вина	guilt fault blame
невиновный	innocent
невинный	innocent
законный	legal lawful legitimate
незаконный	illegal unlawful illicit
правосудие	justice
справедливость	justice fairness
справедливый	just fair
несправедливость	injustice
несправедливый	unjust unfair
свидетель	witness
свидетельство	evidence testimony certificate
свидетельствовать	testify witness
доказательство	evidence proof
доказать	prove
доказывать	prove argue
обвинение	accusation charge prosecution
обвинять	accuse charge blame
обвинить	accuse charge
обвиняемый	accused defendant
оправдать	acquit justify
оправдание	acquittal justification excuse
адвокат	lawyer attorney counsel advocate
прокурор	prosecutor
защитник	defender protector
защищать	protect defend
защитить	protect defend
тюрьма	prison jail
заключение	imprisonment conclusion confinement
заключённый	prisoner inmate convict
арестовать	arrest
казнь	execution
казнить	execute
палач	executioner hangman
штраф	fine penalty
полицейский	policeman police officer
стража	guard watch
стражник	guard watchman
сторож	watchman guard keeper
власть	power authority government rule
правительство	government
государство	state
государственный	state public national
правитель	ruler
править	rule govern
управлять	manage govern control run
управление	management administration control
министерство	ministry
королевство	kingdom realm
король	king
королева	queen
царь	king tsar czar
царица	queen tsarina
царский	royal imperial
царство	kingdom reign realm
царствовать	reign
царствование	reign
император	emperor
империя	empire
императрица	empress
князь	prince duke
княгиня	princess
княжна	princess
граф	count earl
графиня	countess
дворянин	nobleman noble
дворянство	nobility gentry
дворянский	noble
вельможа	noble grandee lord
подданный	subject
гражданин	citizen
гражданский	civil civilian
гражданство	citizenship
народ	people nation
народный	popular national folk
общество	society company
общественный	public social
выборы	election
выбор	choice election
выбирать	choose chose elect select
избрать	elect choose chose chosen
избиратель	voter elector
голосовать	vote
голосование	vote voting ballot
собрание	meeting assembly gathering collection
совет	council advice
указ	decree edict
постановление	decree resolution
приказ	order command
приказать	order command
приказывать	order command
повиноваться	obey
подчиняться	obey submit
повелевать	command
повеление	command
подчинение	submission subordination obedience
подчинить	subdue subordinate subject
послушный	obedient
послушание	obedience
непослушание	disobedience
бунт	revolt riot rebellion mutiny
мятеж	rebellion mutiny revolt
восстание	uprising rebellion insurrection revolt
восстать	rise rose rebel revolt
переворот	coup revolution upheaval
заговор	conspiracy plot
заговорщик	conspirator plotter
предатель	traitor betrayer
предательство	betrayal treachery treason
предать	betray
предавать	betray
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
служить	serve
слуга	servant
раб	slave servant bondman
рабство	slavery bondage
рабыня	slave maid
рабовладелец	slaveholder slaveowner
господин	master lord gentleman sir mister
госпожа	lady mistress madam
хозяин	master owner host landlord
хозяйка	mistress hostess landlady housewife
крепостной	serf
помещик	landowner landlord squire
крестьянин	peasant
крестьянка	peasant
крестьянство	peasantry
мужик	peasant man fellow
сословие	estate class
независимость	independence
независимый	independent
зависимость	dependence
равенство	equality
равный	equal
статья	article
пункт	point item clause
положение	position situation provision regulation
правило	rule regulation
порядок	order
беспорядок	disorder disturbance mess
нарушение	violation breach infringement
нарушать	violate break breach
нарушить	violate break breach
соблюдать	observe keep comply
исполнять	execute perform fulfil carry
исполнить	fulfil execute perform
запрет	ban prohibition
запрещать	forbid forbade prohibit ban
запретить	forbid forbade forbidden prohibit ban
разрешение	permission permit resolution
разрешать	allow permit
разрешить	allow permit resolve
позволить	allow permit let
позволять	allow permit let
требование	demand requirement
требовать	demand require
потребовать	demand require
жалоба	complaint
жаловаться	complain
иск	claim suit lawsuit
истец	plaintiff claimant
ответчик	defendant respondent
следствие	investigation consequence inquiry
следователь	investigator
расследование	investigation inquiry
допрос	interrogation questioning examination
допрашивать	interrogate question examine
присяга	oath
клятва	oath vow
клясться	swear swore sworn vow
поклясться	swear swore sworn vow
обет	vow
присяжный	juror jury
заседание	session meeting sitting
заседатель	assessor
собственность	property ownership
собственник	owner proprietor
имущество	property estate possessions
владение	possession ownership estate
владеть	own possess
владелец	owner proprietor
наследство	inheritance legacy heritage
наследие	heritage legacy
наследовать	inherit
наследник	heir successor
завещание	will testament
подпись	signature
подписать	sign
подписывать	sign
печать	seal press print stamp
грамота	charter letter deed literacy
бумага	paper
свиток	scroll
партия	party game batch
правление	rule reign government board
господство	domination dominion supremacy rule
тиран	tyrant
угнетение	oppression
угнетать	oppress
гнёт	oppression yoke
иго	yoke
свергнуть	overthrow depose
освобождать	free release liberate
освободить	free release liberate deliver
освобождение	liberation release deliverance
избавить	deliver save rid
избавление	deliverance riddance
свободный	free
воля	will freedom liberty
неволя	captivity bondage slavery
изгнание	exile banishment expulsion
изгнать	expel exile banish drive
изгнанник	exile outcast
беглец	fugitive runaway
бежать	run ran flee fled
убежать	run ran flee fled
бегство	flight escape
побег	escape flight
спастись	escape saved
скрываться	hide hid hidden
убежище	refuge asylum shelter sanctuary
приют	shelter refuge asylum
беженец	refugee
страна	country land nation
держава	power state
государь	sovereign king lord emperor
повелитель	ruler lord master sovereign
владыка	lord master ruler sovereign
вождь	leader chief
глава	head chapter chief
председатель	chairman chair president
член	member
совещание	meeting conference
обсуждать	discuss
обсуждение	discussion debate
спор	dispute argument debate quarrel
спорить	argue dispute
ссора	quarrel
ссориться	quarrel
примирение	reconciliation
помирить	reconcile
уступка	concession
уступать	yield cede concede give
уступить	yield cede concede give
условие	condition term
соглашаться	agree
согласиться	agree
согласие	consent agreement harmony
отказ	refusal rejection
отказаться	refuse decline renounce
отказываться	refuse decline renounce
обещание	promise
обещать	promise
обязательство	obligation commitment
посредник	mediator intermediary
посредничество	mediation
представитель	representative
иностранец	foreigner alien
иностранный	foreign
зарубежный	foreign overseas
внешний	external foreign outer
внутренний	internal inner domestic
торговый	trade commercial merchant
угроза	threat menace
угрожать	threaten menace
опасность	danger peril threat hazard
опасный	dangerous
безопасность	security safety
безопасный	safe secure
руководить	lead led direct manage
руководство	leadership guidance management
покорить	conquer subdue
покорный	submissive obedient
покориться	submit
сдаться	surrender
сдаваться	surrender
договориться	agree arrange
отменить	cancel abolish repeal
отмена	abolition cancellation repeal
утвердить	approve confirm establish
основать	found establish
основание	foundation basis ground
основатель	founder
учредить	establish found institute
судебный	judicial court legal
правовой	legal
уголовный	criminal
юридический	legal juridical
тайный	secret covert
тайна	secret mystery
явный	obvious evident open
частный	private
личный	personal private
публичный	public
верховный	supreme
высший	highest supreme higher
могучий	mighty powerful
могущественный	powerful mighty
сила	strength force power might
мощь	power might
слабость	weakness
бессильный	powerless helpless
рабочий	worker workman working
благотворительность	charity
выступление	speech performance appearance
речь	speech
оратор	speaker orator
соотечественник	compatriot countryman
газета	newspaper paper
новость	news
известие	news tidings
слух	rumor rumour hearing
сообщение	message report communication
донесение	report dispatch
депеша	dispatch telegram
письмо	letter
конверт	envelope
договор	treaty agreement contract
соглашение	agreement accord
союз	union alliance
союзник	ally
переговоры	negotiations talks
посол	ambassador envoy
посольство	embassy
посланник	envoy messenger
послание	message epistle letter
послать	send sent
посылать	send sent
вестник	messenger herald
гонец	messenger courier
граница	border frontier boundary
пограничный	border frontier
мир	peace world
мирный	peaceful peace civilian
перемирие	truce armistice
война	war warfare
военный	military war
воин	warrior soldier
воевать	fight fought war
солдат	soldier
армия	army
войско	army troops host
флот	fleet navy
корабль	ship vessel
судно	vessel ship
моряк	sailor seaman
матрос	sailor seaman
полководец	commander general
командир	commander
командовать	command
оружие	weapon weapons arms
вооружённый	armed
вооружение	armament arms weapons
разоружение	disarmament
ружьё	gun rifle musket
винтовка	rifle
пушка	cannon gun
меч	sword
шпага	sword rapier
сабля	sabre saber sword
копьё	spear lance
щит	shield
лук	bow onion
стрела	arrow
стрелять	shoot shot fire
выстрел	shot
выстрелить	shoot shot fire
пуля	bullet
порох	powder gunpowder
бой	battle fight combat
битва	battle
сражение	battle engagement
сражаться	fight fought battle
сразиться	fight fought
бороться	fight fought struggle
борьба	struggle fight
победа	victory triumph win
победить	win won defeat conquer beat
побеждать	win won defeat conquer overcome
победитель	winner victor conqueror
поражение	defeat
враг	enemy foe
неприятель	enemy
противник	opponent enemy adversary
вражеский	enemy hostile
нападение	attack assault
напасть	attack
нападать	attack
оборона	defense defence
оборонять	defend
крепость	fortress fort stronghold
осада	siege
осаждать	besiege
плен	captivity
пленный	prisoner captive
пленник	prisoner captive
завоевать	conquer win won
завоевание	conquest
завоеватель	conqueror
захватить	seize capture take took taken
захват	seizure capture
разбить	break broke broken smash defeat
отступать	retreat withdraw
отступление	retreat withdrawal digression
наступление	offensive advance onset
наступать	advance
полк	regiment
отряд	detachment squad party
рота	company
штаб	headquarters staff
лагерь	camp
знамя	banner standard flag
призыв	call appeal conscription
объявить	announce declare
объявлять	announce declare
вторжение	invasion
вторгнуться	invade
нашествие	invasion
разорение	ruin devastation
разрушение	destruction
разрушить	destroy ruin demolish
уничтожить	destroy annihilate
уничтожение	destruction annihilation
сжечь	burn burnt burned
пожар	fire blaze
грабёж	robbery plunder
грабить	rob plunder loot
добыча	prey booty loot spoil
вор	thief
воровать	steal stole stolen
украсть	steal stole stolen
кража	theft
разбойник	robber bandit brigand
насилие	violence
месть	revenge vengeance
мститель	avenger
мстить	avenge revenge
отомстить	avenge revenge
кара	punishment retribution
карать	punish
наказать	punish
наказывать	punish
пытка	torture
пытать	torture
цепь	chain
оковы	shackles chains fetters
кандалы	shackles fetters irons
темница	dungeon prison
узник	prisoner captive
тюремщик	jailer
сыщик	detective
преследовать	pursue persecute chase
преследование	persecution pursuit
гонение	persecution
разведка	intelligence reconnaissance
разведчик	scout spy
рана	wound
ранить	wound injure
раненый	wounded injured
убить	kill murder slay slew slain
убивать	kill murder slay
убийство	murder killing assassination
убийца	murderer killer assassin
ударить	hit strike struck beat
удар	blow strike hit
кровь	blood
кровавый	bloody
смерть	death
погибнуть	perish die
гибель	death destruction ruin
мёртвый	dead
труп	corpse body
могила	grave tomb
хоронить	bury
похоронить	bury
похороны	funeral
кладбище	cemetery graveyard churchyard
подвиг	feat exploit deed
храбрый	brave courageous valiant
храбрость	bravery courage valor
мужество	courage bravery
трус	coward
трусость	cowardice
слава	glory fame
славный	glorious nice
честь	honour honor
честный	honest
позор	shame disgrace
стыд	shame
стыдиться	ashamed
поход	campaign march expedition
памятник	monument memorial
развалины	ruins
руины	ruins
раскопки	excavation excavations dig
рукопись	manuscript
летопись	chronicle annals
летописец	chronicler
предание	tradition legend
сказание	legend tale
сказка	tale story
обычай	custom tradition
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
древний	ancient
древность	antiquity
старинный	old ancient
прошлое	past
прошлый	past last previous
будущее	future
будущий	future next
память	memory
вспомнить	remember recall
вспоминать	remember recall recollect
забыть	forget forgot forgotten
забывать	forget
бог	god
господь	lord god
божий	god divine
божественный	divine godly
святой	holy saint sacred
священный	sacred holy
святыня	shrine sanctuary
святилище	sanctuary shrine
освятить	consecrate sanctify
святость	holiness sanctity
грех	sin
грешный	sinful
грешник	sinner
грешить	sin
согрешить	sin
молитва	prayer
молиться	pray
помолиться	pray
храм	temple church
церковь	church
собор	cathedral council
монастырь	monastery convent cloister
монах	monk
монахиня	nun
священник	priest clergyman
поп	priest
жрец	priest
первосвященник	high priest
пророк	prophet
пророчество	prophecy
пророчествовать	prophesy
пророчить	prophesy
ангел	angel
дьявол	devil
бес	demon devil
чёрт	devil
душа	soul heart
дух	spirit ghost
духовный	spiritual
благословлять	bless
благословить	bless
благословение	blessing benediction
благословенный	blessed
блаженный	blessed
блаженство	bliss blessedness
проклятие	curse damnation
проклинать	curse damn
проклясть	curse damn
проклятый	cursed damned
вера	faith belief
верить	believe trust
поверить	believe
верующий	believer faithful
неверие	unbelief disbelief
неверный	unfaithful wrong infidel
верность	loyalty fidelity faithfulness
верный	faithful loyal true
надежда	hope
надеяться	hope
любовь	love
милость	mercy grace favour favor
милосердие	mercy charity compassion
милосердный	merciful
помиловать	pardon spare mercy
миловать	pardon spare
благодать	grace
спасение	salvation rescue
спасти	save rescue
спасать	save rescue
спаситель	saviour savior
искупление	redemption atonement
искупить	redeem atone
прощение	forgiveness pardon
простить	forgive forgave forgiven pardon
прощать	forgive pardon
покаяние	repentance penance
каяться	repent
покаяться	repent
раскаяние	remorse repentance
раскаиваться	repent regret
жертва	victim sacrifice offering
жертвовать	sacrifice donate
пожертвовать	sacrifice donate
жертвоприношение	sacrifice offering
всесожжение	burnt offering
алтарь	altar
жертвенник	altar
фимиам	incense
ладан	incense frankincense
миро	myrrh ointment
помазать	anoint
помазанник	anointed
крест	cross
распять	crucify
распятие	crucifixion crucifix
воскресение	resurrection
воскреснуть	rise rose risen resurrect
воскресить	raise resurrect
рай	paradise heaven
ад	hell
преисподняя	hell underworld
бездна	abyss deep
погибель	perdition destruction
небо	sky heaven
небеса	heavens heaven
небесный	heavenly celestial
земной	earthly terrestrial
вечный	eternal everlasting
вечность	eternity
бессмертный	immortal
бессмертие	immortality
завет	covenant testament
заповедь	commandment
писание	scripture writing
евангелие	gospel
апостол	apostle
ученик	student pupil disciple
учитель	teacher master
проповедь	sermon preaching
проповедовать	preach
проповедник	preacher
благовествовать	preach evangelize
весть	news tidings message
притча	parable
видение	vision
откровение	revelation
знамение	sign portent
чудо	miracle wonder marvel
чудесный	wonderful miraculous marvellous
крестить	baptize christen
крещение	baptism
праведный	righteous just
праведник	righteous saint
праведность	righteousness
нечестивый	wicked ungodly impious
беззаконие	iniquity lawlessness
злой	evil wicked angry
зло	evil harm
добро	good goodness
добрый	kind good
благой	good blessed
благо	good welfare
истина	truth
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
славить	glorify praise
хвала	praise
хвалить	praise
поклоняться	worship
поклонение	worship
поклониться	bow worship
кланяться	bow
идол	idol
язычник	pagan heathen
язычество	paganism
пост	fast post
поститься	fast
праздник	holiday feast festival
праздновать	celebrate
свеча	candle
колокол	bell
звон	ringing chime
благочестивый	pious godly
набожный	pious devout
смирение	humility meekness
смиренный	humble meek
кроткий	meek gentle
гордость	pride
гордый	proud
гордыня	pride arrogance
тщеславие	vanity
искушение	temptation
искушать	tempt
соблазн	temptation seduction
соблазнить	seduce tempt
мученик	martyr
мучение	torment torture suffering
мучить	torment torture
страдание	suffering
страдать	suffer
скорбь	sorrow grief
скорбеть	grieve mourn
плач	weeping crying lament
плакать	cry weep wept
рыдать	sob weep wept
слеза	tear
утешение	comfort consolation solace
утешать	comfort console
утешить	comfort console
суета	vanity fuss bustle
пастырь	shepherd pastor
пастух	shepherd herdsman
стадо	herd flock
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
сотворить	create make made
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
мудрость	wisdom
мудрый	wise
мудрец	sage wise
безумие	madness folly insanity
безумный	mad insane foolish
глупец	fool
глупость	stupidity folly foolishness
глупый	stupid foolish silly
разум	reason mind intellect
разумный	reasonable rational wise sensible
знание	knowledge
нечистый	unclean impure
чистота	purity cleanliness
очищение	purification cleansing
очистить	cleanse purify clean
осквернить	defile desecrate profane
омыть	wash
плоть	flesh
прах	dust ashes remains
тлен	decay corruption
бренный	mortal perishable
смертный	mortal deadly
умереть	die died dead
умирать	die dying
жизнь	life
жить	live dwell
живой	alive living live
ожить	revive
троица	trinity
благовещение	annunciation
рождество	christmas nativity
пасха	easter passover
племя	tribe
колено	knee tribe generation
род	family kind clan generation
поколение	generation
потомок	descendant
потомство	offspring posterity progeny
предок	ancestor forefather
первенец	firstborn
чужеземец	stranger foreigner alien
странник	wanderer pilgrim stranger
паломник	pilgrim
пришелец	stranger alien newcomer
иноземный	foreign
чужой	alien strange foreign other
вдова	widow
вдовец	widower
сирота	orphan
нищий	beggar poor pauper
нищета	poverty misery
бедный	poor
бедность	poverty
богатый	rich wealthy
богатство	wealth riches
богач	rich
милостыня	alms charity
голод	hunger famine starvation
голодный	hungry
жажда	thirst
чума	plague pestilence
мор	pestilence plague
болезнь	illness disease sickness
больной	sick ill patient
исцелить	heal cure
исцеление	healing cure
лечить	treat cure heal
врач	doctor physician
проказа	leprosy mischief
слепой	blind
глухой	deaf
немой	dumb mute
хромой	lame
трон	throne
престол	throne
корона	crown
венец	crown wreath
дворец	palace
замок	castle lock
башня	tower
стена	wall
ворота	gate gates
врата	gates gate
город	town city
град	hail city
столица	capital
село	village
деревня	village country
улица	street
площадь	square area
рынок	market
торговля	trade commerce
торговать	trade sell sold
купец	merchant trader
продать	sell sold
продавать	sell sold
купить	buy bought purchase
покупать	buy bought
цена	price cost
деньги	money
монета	coin
золото	gold
серебро	silver
медь	copper brass
железо	iron
сталь	steel
камень	stone rock
драгоценный	precious
жемчуг	pearl pearls
алмаз	diamond
сокровище	treasure
клад	treasure hoard
долг	debt duty
должник	debtor
семья	family
отец	father
мать	mother
сын	son
дочь	daughter
брат	brother brethren
сестра	sister nurse
муж	husband
жена	wife wives
дед	grandfather
дедушка	grandfather grandpa
бабушка	grandmother granny grandma
внук	grandson grandchild
внучка	granddaughter
дядя	uncle
тётя	aunt
тётка	aunt
племянник	nephew
племянница	niece
двоюродный	cousin
родитель	parent
ребёнок	child children baby kid
дитя	child children
младенец	baby infant babe
мальчик	boy
девочка	girl
девушка	girl maiden
юноша	youth young lad
невеста	bride fiancee
жених	bridegroom groom fiance
свадьба	wedding marriage
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
родной	native own dear
родина	homeland motherland country
отечество	fatherland country
отчизна	fatherland homeland
няня	nurse nanny
кормилица	nurse
рождение	birth
родиться	born birth
рожать	bear bore born birth
родить	bear bore born
беременный	pregnant
беременность	pregnancy
детство	childhood
юность	youth
молодость	youth
старость	age old
старик	old man
старуха	old woman
старый	old
молодой	young
взрослый	adult grown
возраст	age
имя	name
фамилия	surname name
тело	body
голова	head
лицо	face person
глаз	eye
око	eye
ухо	ear
нос	nose
рот	mouth
уста	lips mouth
губа	lip
зуб	tooth teeth
язык	tongue language
шея	neck
горло	throat
плечо	shoulder
рука	hand arm
палец	finger toe
ладонь	palm
кулак	fist
локоть	elbow
нога	leg foot feet
ступня	foot feet
пятка	heel
спина	back
грудь	chest breast bosom
живот	stomach belly abdomen
чрево	womb belly
сердце	heart
кость	bone
кожа	skin leather
волос	hair
борода	beard
усы	moustache mustache
лоб	forehead brow
бровь	eyebrow brow
щека	cheek
подбородок	chin
затылок	nape
висок	temple
ресница	eyelash lash
веко	eyelid
мозг	brain
печень	liver
желудок	stomach
мышца	muscle
бедро	hip thigh
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
дыхание	breath breathing
дышать	breathe
вздох	sigh breath
вздохнуть	sigh breathe
кашлять	cough
улыбка	smile
улыбаться	smile
улыбнуться	smile
смех	laughter laugh
смеяться	laugh
засмеяться	laugh
взгляд	look glance gaze view
взглянуть	look glance
смотреть	look watch
посмотреть	look watch
глядеть	look gaze
поцелуй	kiss
целовать	kiss
поцеловать	kiss
обнять	embrace hug
обнимать	embrace hug
объятие	embrace arms
сон	sleep dream
спать	sleep slept
уснуть	asleep sleep slept
заснуть	asleep sleep slept
проснуться	wake woke awake awoke
просыпаться	wake awake
мечта	dream
сновидение	dream
усталость	fatigue tiredness weariness
усталый	tired weary
устать	tired
здоровье	health
здоровый	healthy well sound
боль	pain ache
болеть	hurt ache ill sick
дом	house home
домашний	home domestic
жилище	dwelling home abode
квартира	apartment flat
комната	room
кухня	kitchen
спальня	bedroom
гостиная	parlour drawing living room
зал	hall
прихожая	hall hallway
дверь	door
окно	window
крыша	roof
потолок	ceiling
пол	floor sex
лестница	stairs staircase ladder
крыльцо	porch steps
сени	passage hall entry
чердак	attic loft
подвал	basement cellar
погреб	cellar
сарай	shed barn
амбар	barn granary
конюшня	stable
хлев	barn shed stable
изба	hut cottage
хижина	hut cabin
шалаш	hut shelter
палатка	tent
шатёр	tent
усадьба	estate manor
поместье	estate manor
калитка	gate wicket
двор	yard court courtyard
сад	garden orchard
огород	garden vegetable
забор	fence
изгородь	fence hedge
очаг	hearth
печь	stove oven bake
печка	stove
камин	fireplace
стол	table desk
стул	chair
кресло	armchair chair
скамья	bench
скамейка	bench
кровать	bed
постель	bed bedding
подушка	pillow cushion
одеяло	blanket quilt
шкаф	cupboard wardrobe closet
сундук	chest trunk
полка	shelf
зеркало	mirror glass
ковёр	carpet rug
занавеска	curtain
подоконник	sill windowsill
ставень	shutter
труба	pipe chimney trumpet
кирпич	brick
бревно	log
доска	board plank
гвоздь	nail
молоток	hammer
топор	axe ax
пила	saw
лопата	shovel spade
верёвка	rope cord
нитка	thread
игла	needle
иголка	needle
ножницы	scissors
утюг	iron
метла	broom
веник	broom
посуда	dishes crockery
тарелка	plate
чашка	cup
стакан	glass
ложка	spoon
нож	knife
вилка	fork
горшок	pot
котёл	kettle cauldron boiler
кувшин	jug pitcher
ведро	bucket pail
бочка	barrel cask
корзина	basket
мешок	bag sack
ключ	key spring
одежда	clothes clothing garment
платье	dress gown
рубашка	shirt
рубаха	shirt
пальто	coat
шуба	coat fur
шапка	hat cap
шляпа	hat
сапог	boot
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
одеваться	dress
одеть	dress
надеть	put wear wore
раздеться	undress
мыть	wash
умываться	wash
стирать	wash erase
чистый	clean pure clear
грязный	dirty filthy
грязь	dirt mud filth
пыль	dust
еда	food meal
пища	food
кушанье	dish food
блюдо	dish course
завтрак	breakfast
обед	dinner lunch
ужин	supper dinner
завтракать	breakfast
обедать	dine lunch
ужинать	sup supper dine
есть	eat ate eaten
съесть	eat ate eaten
пить	drink drank drunk
выпить	drink drank drunk
напиток	drink beverage
вода	water
молоко	milk
сыр	cheese
мясо	meat flesh
рыба	fish
курица	chicken hen
яйцо	egg
каша	porridge
щи	soup
пирог	pie cake
пирожок	pie patty
сахар	sugar
чай	tea
сливки	cream
сметана	cream sour
картофель	potato potatoes
картошка	potato potatoes
капуста	cabbage
морковь	carrot
огурец	cucumber
гриб	mushroom
яблоко	apple
груша	pear
вишня	cherry
ягода	berry
орех	nut walnut
овощ	vegetable
мука	flour torment
тесто	dough pastry
зерно	grain corn seed
крупа	groats cereal
пиво	beer
вино	wine
хлеб	bread
масло	butter oil
мёд	honey mead
соль	salt
колбаса	sausage
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
сок	juice
мороженое	ice cream
конфета	candy sweet
торт	cake
печенье	biscuit cookie
сытый	full satisfied
вкус	taste flavour flavor
вкусный	delicious tasty
сладкий	sweet
горький	bitter
кислый	sour
солёный	salty salted
горячий	hot
тёплый	warm
холодный	cold
варить	cook boil
готовить	prepare cook
жарить	fry roast
кормить	feed fed
накормить	feed fed
пир	feast banquet
пировать	feast
трапеза	meal repast
угощать	treat entertain
угощение	treat refreshment
виноград	grapes grape vine
виноградник	vineyard
смоковница	fig
маслина	olive
елей	oil
жатва	harvest reaping
жать	reap press squeeze
сеять	sow sown
посеять	sow sown
семя	seed
плод	fruit
урожай	harvest crop
природа	nature
земля	earth land ground soil
солнце	sun
луна	moon
месяц	month moon
звезда	star
облако	cloud
туча	cloud storm
ветер	wind
буря	storm tempest
гроза	thunderstorm storm
гром	thunder
молния	lightning
дождь	rain
снег	snow
лёд	ice
мороз	frost
иней	frost hoarfrost rime
туман	fog mist
роса	dew
метель	blizzard snowstorm
вьюга	blizzard snowstorm
радуга	rainbow
погода	weather
жара	heat
зной	heat sultriness
холод	cold chill
тепло	warmth heat warm
прохлада	coolness cool
сырость	damp dampness
мокрый	wet
сухой	dry
ясный	clear bright
пасмурный	cloudy overcast gloomy
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
вихрь	whirlwind
смерч	tornado whirlwind
ветреный	windy
дождливый	rainy
солнечный	sunny solar
облачный	cloudy
морозный	frosty
душный	stuffy sultry
жаркий	hot
прохладный	cool
гора	mountain hill
холм	hill
долина	valley
поле	field
луг	meadow
степь	steppe
лес	forest wood woods
роща	grove
бор	forest wood pine
чаща	thicket
дерево	tree wood
куст	bush shrub
трава	grass herb
цветок	flower
лист	leaf sheet
ветвь	branch bough
ветка	branch twig
корень	root
ствол	trunk barrel
кора	bark crust
берёза	birch
дуб	oak
сосна	pine
ель	spruce fir
липа	linden lime
клён	maple
ива	willow
тополь	poplar
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
река	river
ручей	stream brook creek
озеро	lake
пруд	pond
море	sea
волна	wave
берег	shore bank coast
остров	island
залив	bay gulf
болото	swamp marsh bog
песок	sand
глина	clay
пещера	cave cavern
скала	rock cliff
утёс	cliff crag
пропасть	abyss precipice
овраг	ravine gully
вершина	top summit peak
склон	slope
ущелье	gorge canyon
водопад	waterfall
родник	spring
устье	mouth estuary
исток	source
источник	source spring
колодец	well
течение	current flow course
тропа	path trail
тропинка	path
дорога	road way
путь	way path road journey
пустыня	desert wilderness
огонь	fire
пламя	flame blaze
дым	smoke
пепел	ash ashes
зола	ash ashes cinders
уголь	coal charcoal
искра	spark
свет	light world
тьма	darkness dark
тень	shadow shade
мрак	darkness gloom
сумерки	twilight dusk
заря	dawn
рассвет	dawn daybreak sunrise
закат	sunset
восход	sunrise rise
полдень	noon midday
полночь	midnight
воздух	air
простор	space expanse
светить	shine shone
сиять	shine beam
блестеть	glitter shine sparkle
сверкать	sparkle glitter flash
гореть	burn burnt
пылать	blaze burn flame
дуть	blow blew blown
шуметь	rustle roar noise
шум	noise
шелест	rustle
журчать	murmur babble
цвести	bloom blossom flower
расти	grow grew grown
вянуть	wither fade
таять	melt thaw
замерзать	freeze froze frozen
мёрзнуть	freeze froze cold
темнеть	darken
светать	dawn
смеркаться	darken dusk
литься	pour flow
течь	flow leak run
капать	drip
падать	fall fell
упасть	fall fell fallen
лететь	fly flew flown
летать	fly flew flown
петь	sing sang sung
запеть	sing sang
песня	song
животное	animal beast
зверь	beast animal
скот	cattle livestock
лошадь	horse
конь	horse steed
кобыла	mare
жеребёнок	foal colt
собака	dog
пёс	dog hound
щенок	puppy pup
кошка	cat
кот	cat tomcat
котёнок	kitten
мышь	mouse mice
крыса	rat
волк	wolf
медведь	bear
лиса	fox
лисица	fox
заяц	hare rabbit
кролик	rabbit
белка	squirrel
ёж	hedgehog
барсук	badger
бобр	beaver
выдра	otter
тюлень	seal
олень	deer stag reindeer
лось	elk moose
кабан	boar
свинья	pig swine hog
поросёнок	piglet pig
баран	ram sheep
овца	sheep ewe
ягнёнок	lamb
агнец	lamb
козёл	goat
коза	goat
вол	ox oxen
бык	bull ox
корова	cow
телец	calf
телёнок	calf
осёл	donkey ass
мул	mule
верблюд	camel
лев	lion
змей	serpent dragon snake
змея	snake serpent
птица	bird fowl
петух	rooster cock
цыплёнок	chicken chick
гусь	goose geese
утка	duck
индюк	turkey
лебедь	swan
голубь	dove pigeon
ворон	raven
ворона	crow
воробей	sparrow
соловей	nightingale
ласточка	swallow
жаворонок	lark
дрозд	thrush
кукушка	cuckoo
дятел	woodpecker
синица	tit titmouse
сова	owl
орёл	eagle
сокол	falcon
ястреб	hawk
журавль	crane
аист	stork
чайка	gull seagull
павлин	peacock
попугай	parrot
гнездо	nest
перо	feather pen
крыло	wing
хвост	tail
клюв	beak bill
лапа	paw foot
рог	horn
копыто	hoof
шкура	skin hide fur
мех	fur
щука	pike
окунь	perch
сельдь	herring
селёдка	herring
рак	crayfish crab cancer
устрица	oyster
улитка	snail
насекомое	insect
муха	fly
комар	mosquito gnat
пчела	bee
оса	wasp
бабочка	butterfly
жук	beetle bug
муравей	ant
паук	spider
червь	worm
червяк	worm
саранча	locust locusts
лягушка	frog
жаба	toad
черепаха	turtle tortoise
ящерица	lizard
кит	whale
акула	shark
обезьяна	monkey ape
слон	elephant
охота	hunting hunt desire
охотник	hunter
охотиться	hunt
рыбак	fisherman
ловить	catch caught fish
поймать	catch caught
лаять	bark
рычать	growl roar
выть	howl
мычать	moo low
ржать	neigh
кричать	shout cry scream
крик	cry shout scream
вопль	wail cry scream howl
стон	moan groan
стонать	moan groan
чувство	feeling sense emotion
чувствовать	feel felt
почувствовать	feel felt
радость	joy gladness delight
радоваться	rejoice glad
обрадоваться	glad rejoice
рад	glad
радостный	joyful glad
весёлый	cheerful merry gay jolly
веселье	fun merriment gaiety
веселиться	enjoy rejoice
грусть	sadness melancholy
грустный	sad
грустить	sad
печаль	sorrow sadness grief
печальный	sad sorrowful mournful
тоска	longing anguish melancholy yearning
тоскливый	dreary melancholy
тосковать	long miss yearn
горе	grief sorrow woe
горевать	grieve mourn
счастье	happiness luck fortune
счастливый	happy lucky
несчастье	misfortune unhappiness disaster
несчастный	unhappy miserable unfortunate wretched
страх	fear dread terror
бояться	fear afraid
испугаться	frightened afraid scared
испуг	fright fear
испуганный	frightened scared
ужас	horror terror
ужасный	terrible awful horrible
страшный	terrible frightening dreadful
гнев	anger wrath
гневаться	angry
сердиться	angry
рассердиться	angry
сердитый	angry cross
злиться	angry
злость	anger malice
злоба	malice spite
ярость	rage fury
ненависть	hatred hate
ненавидеть	hate
ненавистный	hated hateful
любить	love like
полюбить	love
влюбиться	love
любимый	favourite favorite beloved
возлюбленный	beloved lover
любовник	lover
любовница	mistress lover
друг	friend
подруга	friend girlfriend
дружба	friendship
дружить	friends
вражда	enmity hostility feud
враждебный	hostile
нежность	tenderness
нежный	tender gentle
ласка	caress affection
ласковый	affectionate tender gentle
жалость	pity compassion
жалеть	pity regret spare
пожалеть	pity regret
сожаление	regret pity
зависть	envy
завидовать	envy
ревность	jealousy
ревновать	jealous
гордиться	proud
удивление	surprise astonishment
удивляться	wonder surprised
удивиться	surprised
изумление	amazement astonishment
восторг	delight rapture enthusiasm
восторженный	enthusiastic rapturous
восхищение	admiration delight
восхищаться	admire
умиление	tenderness emotion
отчаяние	despair desperation
волнение	excitement agitation emotion
волноваться	worry excited nervous
беспокойство	anxiety worry concern
беспокоиться	worry
тревога	anxiety alarm
смятение	confusion dismay turmoil
растерянность	confusion bewilderment
растерянный	confused bewildered
спокойный	calm quiet peaceful
спокойствие	calm tranquility peace
покой	peace rest quiet
тишина	silence quiet stillness
тихий	quiet silent calm
одиночество	loneliness solitude
одинокий	lonely solitary alone
скука	boredom
скучный	boring dull
скучать	bored miss
обида	offence resentment insult
обидеть	offend hurt insult
оскорбление	insult offence
оскорбить	insult offend
смущение	embarrassment confusion
смущаться	embarrassed
застенчивый	shy
равнодушие	indifference
равнодушный	indifferent
благодарность	gratitude thanks
благодарить	thank
поблагодарить	thank
благодарный	grateful thankful
доверие	trust confidence
доверять	trust
сомнение	doubt
сомневаться	doubt
уверенность	confidence certainty
уверенный	confident sure
желание	desire wish
желать	wish desire
страсть	passion
страстный	passionate
милый	dear sweet nice lovely
дорогой	dear expensive
жестокий	cruel
жестокость	cruelty
суровый	severe stern harsh
мрачный	gloomy dark grim
угрюмый	sullen gloomy morose
хмурый	gloomy frowning overcast
презрение	contempt scorn disdain
презирать	despise scorn
уважение	respect esteem
уважать	respect
почтение	respect reverence
благоговение	reverence awe
трепет	trembling awe thrill
трепетать	tremble
дрожать	tremble shake shook shiver
дрожь	trembling shiver
краснеть	blush redden
покраснеть	blush redden
бледнеть	pale
смелый	bold brave daring
смелость	courage boldness
робкий	timid shy
робость	timidity shyness
стыдливый	bashful modest
скромный	modest humble
скромность	modesty
жадный	greedy
жадность	greed avarice
щедрый	generous
щедрость	generosity
ленивый	lazy idle
лень	laziness
трудолюбивый	industrious hardworking
терпение	patience
терпеливый	patient
терпеть	endure bear bore tolerate
цвет	colour color flower
краска	paint dye colour color
белый	white
чёрный	black
красный	red
синий	blue
голубой	blue
зелёный	green
жёлтый	yellow
серый	grey gray
коричневый	brown
бурый	brown
розовый	pink rose
фиолетовый	purple violet
лиловый	lilac purple
оранжевый	orange
алый	scarlet red
багровый	crimson purple
пурпурный	purple crimson
малиновый	crimson raspberry
золотой	gold golden
серебряный	silver
рыжий	red ginger
седой	grey gray hoary
бледный	pale
тёмный	dark
светлый	light bright
яркий	bright vivid
тусклый	dim dull
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
время	time
утро	morning
вечер	evening
день	day
ночь	night
неделя	week
год	year
весна	spring
лето	summer
осень	autumn fall
зима	winter
утренний	morning
вечерний	evening
ночной	night nocturnal
дневной	day daily
весенний	spring
летний	summer
осенний	autumn
зимний	winter
понедельник	monday
вторник	tuesday
среда	wednesday environment medium
четверг	thursday
пятница	friday
суббота	saturday sabbath
воскресенье	sunday
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
час	hour
полчаса	half hour
часы	clock watch hours
мгновение	moment instant
миг	moment instant
сутки	day
вчера	yesterday
сегодня	today
завтра	tomorrow
рано	early
поздно	late
ранний	early
поздний	late
скоро	soon
давно	long ago
недавно	recently lately
ежедневный	daily
еженедельный	weekly
ежемесячный	monthly
ежегодный	annual yearly
век	century age
столетие	century
тысячелетие	millennium
годовщина	anniversary
срок	term period deadline time
пора	time season
нынешний	present current
прежний	former previous
прежде	before formerly
однажды	once
впоследствии	later subsequently afterwards
каникулы	holidays vacation
отпуск	vacation leave holiday
вечерня	vespers
утреня	matins
обедня	mass
пустынный	deserted desolate
строить	build built construct
построить	build built
поселиться	settle
запереть	lock
отворить	open
затворить	close shut
стучать	knock
постучать	knock
связать	tie bind bound
`;
