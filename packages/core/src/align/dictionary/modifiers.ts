/** Russian→English seed dictionary: adjectives, adverbs, numerals, ordinals and pronouns/determiners. */
export const ENTRIES = `
я	i me my mine
ты	you thou your
он	he him his it
она	she her it
оно	it
мы	we us our
вы	you your
они	they them their
кто	who whom
что	what which
себя	self himself herself itself themselves
мой	my mine
твой	your yours thy thine
наш	our ours
ваш	your yours
свой	own his her their its
его	his its
её	her hers its
их	their theirs
сам	self himself herself itself alone
самый	most very same
этот	this
это	this it that
тот	that
такой	such so
таков	such
какой	what which
каков	what
который	which who that
чей	whose
весь	all whole entire every
всё	everything all
все	everyone everybody all
всякий	any every all
каждый	each every
любой	any
другой	other another different else
иной	other different another
никто	nobody none anybody anyone
ничто	nothing
ничего	nothing anything
нечего	nothing
никакой	no none any
ничей	nobody
некто	someone somebody
нечто	something
некий	certain some
некоторый	some certain
кто-то	someone somebody
что-то	something
кто-нибудь	anyone anybody someone somebody
что-нибудь	anything something
кто-либо	anyone anybody
что-либо	anything
какой-то	some certain
какой-нибудь	any some
какой-либо	any
кое-что	something
кое-кто	somebody someone
сей	this
многий	many much
немногий	few
несколько	several few some
сколько	how many much
столько	so many much
всяческий	all every
прочий	other
остальной	rest remaining other
данный	given this
ноль	zero nought nil
нуль	zero nought nil
один	one alone single
два	two
три	three
четыре	four
пять	five
шесть	six
семь	seven
восемь	eight
девять	nine
десять	ten
одиннадцать	eleven
двенадцать	twelve
тринадцать	thirteen
четырнадцать	fourteen
пятнадцать	fifteen
шестнадцать	sixteen
семнадцать	seventeen
восемнадцать	eighteen
девятнадцать	nineteen
двадцать	twenty
тридцать	thirty
сорок	forty
пятьдесят	fifty
шестьдесят	sixty
семьдесят	seventy
восемьдесят	eighty
девяносто	ninety
сто	hundred
двести	hundred
триста	hundred
четыреста	hundred
пятьсот	hundred
шестьсот	hundred
семьсот	hundred
восемьсот	hundred
девятьсот	hundred
миллион	million
миллиард	billion
полтора	half
дюжина	dozen
половина	half
оба	both
обе	both
двое	two
трое	three
четверо	four
пятеро	five
шестеро	six
семеро	seven
первый	first
второй	second
третий	third
четвёртый	fourth
пятый	fifth
шестой	sixth
седьмой	seventh
восьмой	eighth
девятый	ninth
десятый	tenth
одиннадцатый	eleventh
двенадцатый	twelfth
тринадцатый	thirteenth
четырнадцатый	fourteenth
пятнадцатый	fifteenth
шестнадцатый	sixteenth
семнадцатый	seventeenth
восемнадцатый	eighteenth
девятнадцатый	nineteenth
двадцатый	twentieth
тридцатый	thirtieth
сороковой	fortieth
пятидесятый	fiftieth
шестидесятый	sixtieth
семидесятый	seventieth
восьмидесятый	eightieth
девяностый	ninetieth
сотый	hundredth
тысячный	thousandth
миллионный	millionth
однажды	once
дважды	twice
трижды	thrice three
впервые	first
во-первых	first firstly
во-вторых	second secondly
в-третьих	third thirdly
вдвое	twice double
втрое	three triple
двойной	double dual twofold
тройной	triple treble threefold
одиночный	single solitary
единственный	only sole single
единый	single united unified one
одинаковый	same identical equal alike
вдвоём	together two
втроём	three together
очень	very much
уже	already yet
теперь	now
сейчас	now
всегда	always ever
никогда	never ever
снова	again
опять	again
вновь	again anew
быстро	quickly fast rapidly quick
медленно	slowly
здесь	here
там	there
тут	here
где	where
куда	where
откуда	where whence
туда	there
сюда	here hither
отсюда	hence here
оттуда	there thence
везде	everywhere
всюду	everywhere
нигде	nowhere anywhere
никуда	nowhere anywhere
когда	when
тогда	then
сегодня	today
вчера	yesterday
завтра	tomorrow
иногда	sometimes
часто	often frequently
редко	rarely seldom
давно	long ago
недавно	recently lately
скоро	soon
вскоре	soon shortly
сразу	immediately once
тотчас	immediately instantly
немедленно	immediately
ещё	still yet more else
потом	then later afterwards
затем	then next
раньше	before earlier formerly
прежде	before formerly first
позже	later
поздно	late
рано	early
вечером	evening
утром	morning
ночью	night
днём	day afternoon
летом	summer
зимой	winter
весной	spring
осенью	autumn fall
сначала	first
наконец	finally last
вдруг	suddenly
внезапно	suddenly
долго	long
навсегда	forever
ныне	now
нынче	now today
вперёд	forward ahead
назад	back ago backward
вверх	up upward
вниз	down downward
наверх	up upstairs
внизу	below downstairs beneath
наверху	above upstairs
вверху	above overhead
рядом	near beside nearby
близко	near close
далеко	far away
вдали	distance afar
внутри	inside within
снаружи	outside
вокруг	around round
кругом	around round
впереди	ahead front
сзади	behind
позади	behind
дома	home
домой	home
налево	left
направо	right
прямо	straight directly right
мимо	past by
навстречу	toward meet
отовсюду	everywhere
так	so thus
как	how as like
почему	why
зачем	why
отчего	why
поэтому	therefore so
слишком	too
совсем	quite completely entirely
вполне	quite fully entirely
почти	almost nearly
чуть	slightly barely
едва	barely hardly scarcely
только	only just
лишь	only merely just
даже	even
именно	exactly precisely namely
особенно	especially particularly
довольно	rather quite fairly enough
достаточно	enough sufficiently
много	many much lot
мало	little few
немного	little some bit
больше	more
меньше	less fewer
более	more
менее	less
весьма	very highly
крайне	extremely
вовсе	quite entirely
совершенно	completely absolutely perfectly quite
абсолютно	absolutely
полностью	fully completely
вместе	together
отдельно	separately apart
хорошо	well good
плохо	badly bad poorly
легко	easily lightly
трудно	hard difficult
просто	simply just
точно	exactly precisely
ясно	clearly
конечно	course certainly surely
наверное	probably perhaps
наверно	probably perhaps
вероятно	probably likely
возможно	possibly perhaps maybe possible
действительно	really indeed truly
верно	right true correct
неужели	really
вообще	generally general
обычно	usually
обязательно	necessarily certainly
непременно	certainly necessarily
вряд	hardly unlikely
также	also too likewise
тоже	also too
нужно	necessary need must
надо	need must necessary
можно	may can possible
нельзя	cannot must impossible
жаль	pity sorry
пора	time
да	yes
нет	no not
сильно	strongly greatly hard
слабо	weakly faintly
крепко	firmly tightly soundly
тяжело	heavily hard
сложно	difficult complicated
понятно	clear understandable
видно	apparently visible evidently
слышно	audible heard
тепло	warm warmly
холодно	cold coldly
жарко	hot
светло	light
темно	dark
правильно	correctly right properly
неправильно	wrongly incorrectly
вовремя	time timely
заранее	beforehand advance
неожиданно	unexpectedly suddenly
случайно	accidentally chance
нарочно	deliberately purposely intentionally
специально	specially especially deliberately
вслух	aloud
молча	silently silence
открыто	openly
тайно	secretly
честно	honestly
серьёзно	seriously
спокойно	calmly quietly
осторожно	carefully cautiously
внимательно	carefully attentively closely
вежливо	politely
грубо	rudely roughly
жестоко	cruelly
нежно	tenderly gently
ласково	affectionately kindly tenderly
весело	cheerfully merrily merry
грустно	sadly sad
печально	sadly
радостно	joyfully gladly
гордо	proudly
смело	boldly bravely
страшно	terribly awfully afraid
ужасно	terribly awfully horribly
прекрасно	perfectly beautifully fine
отлично	excellent perfectly
замечательно	wonderfully remarkably
чудесно	wonderfully
красиво	beautifully
странно	strangely oddly strange
интересно	interesting
важно	important
видимо	apparently evidently
очевидно	obviously evidently clearly
явно	clearly obviously evidently
несомненно	undoubtedly doubtless
безусловно	certainly unconditionally absolutely
разумеется	course naturally
естественно	naturally
вправду	really truly
впрочем	however though
кстати	incidentally
всё-таки	still nevertheless yet
постоянно	constantly always continually
непрерывно	continuously
ежедневно	daily
ежегодно	annually yearly
порой	sometimes
временами	occasionally
изредка	occasionally rarely
надолго	long
ненадолго	briefly
сперва	first
вначале	first initially
впоследствии	later subsequently afterwards
некогда	once formerly
когда-то	once
давным-давно	long ago
мгновенно	instantly
постепенно	gradually
понемногу	little gradually
заново	anew again afresh
наоборот	contrary opposite conversely
иначе	otherwise differently else
по-другому	differently
по-прежнему	still before
по-русски	russian
по-английски	english
поровну	equally
слегка	slightly lightly
целиком	entirely wholly completely
частично	partially partly
отчасти	partly
наполовину	half
гораздо	much far
значительно	considerably significantly
намного	much far
чрезвычайно	extremely exceedingly
необычайно	unusually extraordinarily
невероятно	incredibly
чересчур	too excessively
немало	many much
особо	especially particularly
необходимо	necessary need must
невозможно	impossible
стыдно	ashamed shame
скучно	bored boring
смешно	funny
больно	painful hurt
обидно	offended hurt pity
приятно	pleasant nice
удобно	convenient comfortable
далее	further
дальше	further farther
выше	higher above
ниже	below lower
ближе	closer nearer
лучше	better
хуже	worse
позднее	later
скорее	rather sooner faster
легче	easier
насколько	far much
всерьёз	seriously
зря	vain
напрасно	vain
даром	free vain
охотно	willingly gladly readily
неохотно	reluctantly
поневоле	involuntarily
невольно	involuntarily unwittingly
нечаянно	accidentally inadvertently
пожалуй	perhaps probably
ровно	exactly evenly
приблизительно	approximately roughly about
примерно	approximately roughly about
чуть-чуть	little slightly bit
немножко	little bit
еле	barely hardly
напротив	opposite contrary
вслед	after
следом	after
вблизи	near nearby
поблизости	nearby near
неподалёку	nearby near
издали	distance afar
издалека	afar distance
сверху	above top
снизу	below bottom beneath
справа	right
слева	left
спереди	front
вдаль	distance
наружу	out outside
внутрь	inside
насквозь	through
навеки	forever
вечно	eternally always forever
лично	personally
тихо	quietly softly silently
громко	loudly aloud
срочно	urgently
поспешно	hastily hurriedly
торопливо	hurriedly hastily
живо	vividly lively briskly
ярко	brightly vividly
глубоко	deeply deep
высоко	high
низко	low
широко	widely wide broadly
прочно	firmly securely
твёрдо	firmly
мягко	softly gently mildly
горько	bitterly
сладко	sweetly
плотно	tightly densely
свободно	freely fluently
полно	full fully
пусто	empty
тесно	closely tightly
жадно	greedily eagerly
терпеливо	patiently
упорно	persistently stubbornly
настойчиво	insistently persistently
решительно	resolutely decisively firmly
равнодушно	indifferently
горячо	hotly warmly ardently
искренне	sincerely
откровенно	frankly openly candidly
внешне	outwardly externally
мысленно	mentally
буквально	literally
фактически	actually practically virtually
собственно	actually properly
столь	so such
настолько	so such
отнюдь	not
вдоволь	plenty enough
впредь	henceforth future
отныне	henceforth
доныне	hitherto
доселе	hitherto
издавна	long
вкратце	briefly
подробно	detail detailed
коротко	briefly shortly
кратко	briefly
зачастую	often frequently
обратно	back
уж	already
новый	new
старый	old aged ancient
молодой	young
большой	big large great
маленький	small little
малый	small little
великий	great
огромный	huge enormous vast immense
громадный	huge enormous
крошечный	tiny
хороший	good nice fine better best
плохой	bad poor worse worst
лучший	best better
худший	worst worse
больший	greater larger bigger more
меньший	smaller lesser less
высший	highest higher supreme
низший	lowest lower inferior
старший	elder senior older eldest
младший	younger junior youngest
высокий	high tall lofty
низкий	low short
длинный	long
короткий	short brief
широкий	wide broad
узкий	narrow
толстый	thick fat stout
тонкий	thin fine delicate subtle
глубокий	deep profound
мелкий	small shallow petty
тяжёлый	heavy hard difficult severe
лёгкий	light easy
трудный	difficult hard
простой	simple plain
сложный	complex complicated difficult
быстрый	fast quick rapid swift
медленный	slow
скорый	quick speedy fast
ранний	early
поздний	late
близкий	close near intimate
далёкий	distant far remote
дальний	far distant remote
ближайший	nearest next closest
последний	last latest final
следующий	next following
прошлый	past last previous
прежний	former previous old
бывший	former ex
будущий	future next
настоящий	real present true genuine
нынешний	present current
современный	modern contemporary
древний	ancient
старинный	ancient old
вечный	eternal everlasting perpetual
постоянный	constant permanent
временный	temporary
частый	frequent
редкий	rare sparse
обычный	usual ordinary common
обыкновенный	ordinary usual common
необычный	unusual
необыкновенный	extraordinary unusual
странный	strange odd weird queer
особый	special particular
особенный	special particular
специальный	special
общий	common general overall
частный	private particular
личный	personal private
общественный	public social
государственный	state public government national
народный	people national popular folk
главный	main chief principal head
основной	main basic principal fundamental
важный	important significant
значительный	significant considerable
необходимый	necessary essential
нужный	necessary needed
полезный	useful helpful
бесполезный	useless futile
вредный	harmful
опасный	dangerous
безопасный	safe
верный	faithful true loyal right correct
неверный	unfaithful wrong incorrect
правильный	right correct proper
неправильный	wrong incorrect
точный	exact precise accurate
ясный	clear
понятный	clear understandable
известный	known famous renowned
знаменитый	famous celebrated renowned
неизвестный	unknown
знакомый	familiar acquainted
незнакомый	unfamiliar strange unknown
чужой	foreign alien strange
родной	native own dear
собственный	own
целый	whole entire
полный	full complete
пустой	empty vain
свободный	free
занятый	busy occupied
готовый	ready prepared
живой	alive living live lively
мёртвый	dead
здоровый	healthy sound
больной	sick ill
слабый	weak faint
сильный	strong powerful
крепкий	strong firm sturdy
твёрдый	firm hard solid
мягкий	soft gentle mild
жёсткий	hard tough rigid harsh
острый	sharp acute keen
тупой	dull blunt stupid
горячий	hot
тёплый	warm
холодный	cold
прохладный	cool
сухой	dry
мокрый	wet
влажный	damp moist humid
чистый	clean pure clear
грязный	dirty filthy
светлый	light bright
тёмный	dark
яркий	bright vivid
белый	white
чёрный	black
красный	red
синий	blue
голубой	blue
зелёный	green
жёлтый	yellow
серый	grey gray
коричневый	brown
розовый	pink rosy
золотой	gold golden
серебряный	silver
рыжий	red ginger
седой	grey gray hoary
бледный	pale
красивый	beautiful handsome pretty
прекрасный	beautiful fine wonderful excellent
чудесный	wonderful marvelous
замечательный	remarkable wonderful excellent
отличный	excellent different
великолепный	magnificent splendid superb
ужасный	terrible awful horrible dreadful
страшный	terrible frightening scary fearful dreadful
уродливый	ugly
милый	sweet dear nice lovely
дорогой	dear expensive
дешёвый	cheap
богатый	rich wealthy
бедный	poor
счастливый	happy lucky
несчастный	unhappy unfortunate miserable
весёлый	cheerful merry gay
грустный	sad
печальный	sad sorrowful
добрый	kind good
злой	evil angry wicked
умный	clever smart intelligent wise
глупый	stupid foolish silly
мудрый	wise
хитрый	cunning sly
честный	honest
смелый	brave bold courageous
храбрый	brave
трусливый	cowardly
гордый	proud
скромный	modest humble
спокойный	calm quiet peaceful
тихий	quiet silent still
громкий	loud
шумный	noisy
нежный	tender gentle
грубый	rude rough coarse
вежливый	polite
строгий	strict severe stern
суровый	severe harsh stern
жестокий	cruel
ласковый	affectionate tender
серьёзный	serious grave
смешной	funny ridiculous
интересный	interesting
скучный	boring dull
любопытный	curious
внимательный	attentive careful
осторожный	careful cautious
ленивый	lazy
голодный	hungry
сытый	full
усталый	tired weary
пьяный	drunk
трезвый	sober
слепой	blind
глухой	deaf
немой	mute dumb
хромой	lame
рад	glad happy pleased
должен	must should owe
согласен	agree agreed
должный	due proper
довольный	pleased satisfied content
недовольный	displeased dissatisfied
уверенный	confident sure certain
благодарный	grateful thankful
виноватый	guilty
невинный	innocent
способный	able capable
неспособный	incapable unable
круглый	round
квадратный	square
прямой	straight direct
кривой	crooked curved
плоский	flat
ровный	even level smooth
гладкий	smooth
левый	left
правый	right
верхний	upper top
нижний	lower bottom
передний	front
задний	back rear
средний	middle average medium
внутренний	internal inner domestic
внешний	external outer foreign
северный	northern north
южный	southern south
восточный	eastern east
западный	western west
местный	local
сельский	rural village country
городской	urban city town
деревенский	village rural country
морской	sea marine naval maritime
речной	river
лесной	forest
горный	mountain
земной	earthly earth terrestrial
небесный	heavenly celestial
подземный	underground
водный	water
воздушный	air
солнечный	sunny solar sun
лунный	moon lunar
звёздный	starry star
ночной	night nocturnal
дневной	day daily
утренний	morning
вечерний	evening
летний	summer
зимний	winter
весенний	spring
осенний	autumn
ежедневный	daily
ежегодный	annual yearly
русский	russian
английский	english british
немецкий	german
французский	french
китайский	chinese
японский	japanese
испанский	spanish
итальянский	italian
греческий	greek
еврейский	jewish hebrew
турецкий	turkish
польский	polish
советский	soviet
иностранный	foreign
зарубежный	foreign overseas
международный	international
мировой	world global
всемирный	world worldwide universal
законный	legal lawful legitimate
незаконный	illegal unlawful
правовой	legal
судебный	judicial court
уголовный	criminal
гражданский	civil civilian
военный	military war
мирный	peaceful
боевой	combat battle fighting
вооружённый	armed
денежный	monetary money cash
торговый	trade commercial trading
промышленный	industrial
рабочий	working worker labor
трудовой	labor working
научный	scientific science
учебный	educational training
школьный	school
верховный	supreme
независимый	independent
равный	equal
справедливый	fair just
несправедливый	unfair unjust
святой	holy saint sacred
священный	sacred holy
божий	divine god
божественный	divine
духовный	spiritual
церковный	church ecclesiastical
грешный	sinful
праведный	righteous just
нечистый	unclean impure
благой	good
благословенный	blessed
проклятый	cursed damned
истинный	true genuine real
ложный	false
лживый	lying false deceitful
возможный	possible
невозможный	impossible
вероятный	probable likely
очевидный	obvious evident
явный	obvious clear explicit
тайный	secret
открытый	open
закрытый	closed shut
видимый	visible
невидимый	invisible
скрытый	hidden latent
косвенный	indirect
определённый	certain definite particular
неопределённый	indefinite uncertain vague
действительный	real actual valid
фактический	actual factual
подлинный	genuine authentic
фальшивый	false fake
поддельный	fake forged counterfeit
многочисленный	numerous many
бесчисленный	countless innumerable
отдельный	separate individual
различный	various different
разный	different various
похожий	similar alike like
подобный	similar such like
лишний	extra superfluous spare
достаточный	sufficient enough adequate
недостаточный	insufficient
мгновенный	instant instantaneous
долгий	long
краткий	brief short concise
длительный	long lengthy prolonged
непрерывный	continuous
бесконечный	endless infinite
конечный	final finite
окончательный	final definitive
начальный	initial elementary primary
первоначальный	original initial
исходный	initial original
новейший	newest latest
свежий	fresh
юный	young youthful
взрослый	adult grown
пожилой	elderly aged
детский	child children childish
мужской	male men masculine
женский	female women feminine
человеческий	human
семейный	family domestic
домашний	home domestic
родительский	parental
отцовский	paternal father
материнский	maternal mother
братский	brotherly fraternal
дружеский	friendly
дружный	friendly united
враждебный	hostile
вражеский	enemy hostile
чуждый	alien foreign
посторонний	outside stranger extraneous
густой	thick dense
плотный	dense tight thick
жидкий	liquid
хрупкий	fragile brittle
прочный	strong durable solid
надёжный	reliable
гнилой	rotten
сладкий	sweet
горький	bitter
кислый	sour
солёный	salty salt
вкусный	tasty delicious
пресный	fresh bland
сырой	raw damp
жареный	fried roast
спелый	ripe
зрелый	mature ripe
дикий	wild savage
ручной	hand manual tame
каменный	stone
деревянный	wooden wood
железный	iron
стальной	steel
стеклянный	glass
бумажный	paper
кожаный	leather
шёлковый	silk
шерстяной	wool woolen
медный	copper
сердитый	angry
яростный	furious fierce
бешеный	mad furious rabid
нервный	nervous
тревожный	anxious alarming disturbing
беспокойный	restless uneasy anxious
одинокий	lonely alone solitary lonesome
жалкий	pitiful miserable pathetic wretched
радостный	joyful glad joyous
страстный	passionate
равнодушный	indifferent
любимый	favorite beloved dear
любезный	kind courteous amiable
крупный	large major big
мощный	powerful mighty
могучий	mighty powerful
бессильный	powerless helpless
беспомощный	helpless
умелый	skillful
опытный	experienced
талантливый	talented gifted
гениальный	brilliant genius
модный	fashionable
удобный	convenient comfortable
неудобный	inconvenient uncomfortable awkward
приятный	pleasant nice agreeable
неприятный	unpleasant
тяжкий	grave heavy grievous
выгодный	profitable advantageous
успешный	successful
удачный	successful good lucky
неудачный	unsuccessful failed
совершенный	perfect complete
достойный	worthy deserving
недостойный	unworthy
благородный	noble
знатный	noble
подлый	mean base vile
гадкий	nasty vile
мерзкий	vile disgusting
противный	nasty disgusting
отвратительный	disgusting repulsive
чудовищный	monstrous
дурной	bad evil
худой	thin lean bad
тощий	skinny thin
жирный	fat fatty greasy
стройный	slender slim
видный	visible prominent
заметный	noticeable visible
незаметный	inconspicuous imperceptible
мутный	muddy cloudy turbid
прозрачный	transparent clear
блестящий	brilliant shining
сияющий	shining radiant
тусклый	dim dull
звонкий	ringing sonorous
обязательный	obligatory mandatory compulsory
внезапный	sudden
неожиданный	unexpected sudden
случайный	random accidental chance casual
желательный	desirable
желанный	desired welcome
нежелательный	undesirable
симпатичный	nice likable pretty
привлекательный	attractive
прелестный	lovely charming
очаровательный	charming
изящный	elegant graceful
роскошный	luxurious splendid
нищий	poor beggar destitute
скупой	stingy miserly
щедрый	generous
жадный	greedy
порядочный	decent respectable
приличный	decent proper
неприличный	indecent
бесстыдный	shameless
стыдный	shameful
позорный	shameful disgraceful
славный	glorious nice fine
преданный	devoted loyal
искренний	sincere candid
откровенный	frank candid
лицемерный	hypocritical
коварный	insidious treacherous
разумный	reasonable sensible rational
неразумный	unreasonable
безумный	mad insane crazy
сумасшедший	mad crazy insane
здравый	sound sane
телесный	bodily physical corporal
душевный	mental spiritual heartfelt
сердечный	heart cordial hearty
умственный	mental intellectual
кровавый	bloody
кровный	blood
голый	naked bare nude
босой	barefoot
лысый	bald
бородатый	bearded
жаркий	hot
морозный	frosty
снежный	snowy snow
дождливый	rainy
ветреный	windy
облачный	cloudy
пасмурный	cloudy overcast gloomy
туманный	foggy misty hazy vague
гигантский	gigantic giant huge
просторный	spacious roomy
тесный	close tight cramped narrow
крохотный	tiny
безграничный	boundless unlimited
стремительный	swift rapid impetuous
поспешный	hasty hurried
торопливый	hurried hasty
неторопливый	unhurried leisurely
ветхий	dilapidated decrepit old
разбитый	broken smashed
сломанный	broken
рваный	torn ragged
невыносимый	unbearable intolerable
нестерпимый	unbearable intolerable
мучительный	painful agonizing excruciating
болезненный	painful sickly morbid
ценный	valuable precious
драгоценный	precious
бесценный	priceless invaluable
бесплатный	free
платный	paid
правительственный	government governmental
областной	regional provincial
районный	district
царский	royal tsarist imperial
королевский	royal king
императорский	imperial
княжеский	princely prince
дворянский	noble
крестьянский	peasant
господский	master lordly
рабский	slave servile slavish
армейский	army
воинский	military
солдатский	soldier
офицерский	officer
победный	victorious
рыночный	market
сельскохозяйственный	agricultural
производственный	production industrial manufacturing
хозяйственный	economic household
юридический	legal juridical
виновный	guilty culpable
невиновный	innocent
подозрительный	suspicious
преступный	criminal
дальнейший	further subsequent
предыдущий	previous preceding
последующий	subsequent following
соответствующий	appropriate corresponding relevant
подходящий	suitable appropriate
существенный	essential substantial significant
важнейший	important crucial
крупнейший	largest biggest major
ведущий	leading
передовой	advanced leading progressive
отсталый	backward
деятельный	active
бодрый	cheerful vigorous brisk
вялый	sluggish limp listless
сонный	sleepy drowsy
бессонный	sleepless
утомлённый	tired weary
измученный	exhausted tormented
самостоятельный	independent
зависимый	dependent
ответственный	responsible
безответственный	irresponsible
легкомысленный	frivolous
поверхностный	superficial shallow
напрасный	vain useless
тщетный	vain futile
бессмысленный	meaningless senseless pointless
прямоугольный	rectangular
треугольный	triangular
сегодняшний	today
вчерашний	yesterday
завтрашний	tomorrow
тогдашний	then
здешний	local
уважаемый	respected dear esteemed
текущий	current
существующий	existing
прошедший	past
минувший	past bygone
предстоящий	upcoming forthcoming coming
оставшийся	remaining
потерянный	lost
забытый	forgotten
покойный	late deceased
умерший	dead deceased
погибший	dead killed fallen
раненый	wounded injured
спящий	sleeping asleep
влюблённый	love amorous
женатый	married
холостой	single bachelor idle
вдовый	widowed
правдивый	truthful
всевозможный	various all
разнообразный	diverse various varied
однообразный	monotonous uniform
выдающийся	outstanding prominent eminent
чрезвычайный	extraordinary emergency extreme
исключительный	exceptional exclusive
ключевой	key
коренной	radical fundamental native indigenous
решающий	decisive
всеобщий	universal general
совместный	joint common
взаимный	mutual reciprocal
образованный	educated
грамотный	literate competent
неграмотный	illiterate
учёный	learned scientific scholar scientist
злобный	malicious vicious spiteful
свирепый	fierce ferocious
кроткий	meek gentle mild
смиренный	humble meek
нечестивый	wicked ungodly impious
милостивый	merciful gracious
милосердный	merciful compassionate
всемогущий	almighty omnipotent
нетленный	incorruptible imperishable
блаженный	blessed blissful
непорочный	immaculate blameless
действующий	current valid acting effective
указанный	specified indicated
добровольный	voluntary
принудительный	compulsory forced
налоговый	tax fiscal
таможенный	customs
избирательный	electoral election selective
гибкий	flexible
неподвижный	motionless still immobile
подвижный	mobile agile
обратный	reverse back return opposite
противоположный	opposite contrary
встречный	oncoming counter
боковой	side lateral
крайний	extreme last outermost
испуганный	frightened scared afraid
смущённый	embarrassed confused
растерянный	confused bewildered lost
удивлённый	surprised astonished
изумлённый	amazed astonished
восторженный	enthusiastic rapturous
взволнованный	excited agitated worried
озабоченный	worried concerned preoccupied
задумчивый	thoughtful pensive
мечтательный	dreamy
мрачный	gloomy dark grim sombre
угрюмый	sullen gloomy morose
хмурый	gloomy frowning overcast
приветливый	friendly affable welcoming
радушный	hospitable cordial
гостеприимный	hospitable
добродушный	kind amiable
цветущий	blooming flowering
плодородный	fertile
пустынный	desert deserted desolate
безлюдный	deserted empty
полевой	field
песчаный	sandy sand
скалистый	rocky
ледяной	icy ice
огненный	fiery fire
водяной	water
животный	animal
растительный	vegetable plant
природный	natural
естественный	natural
искусственный	artificial
художественный	artistic art fiction
железнодорожный	railway railroad
почтовый	postal mail post
книжный	book bookish
письменный	written writing
устный	oral verbal
словесный	verbal
языковой	language linguistic
терпеливый	patient
нетерпеливый	impatient
упрямый	stubborn obstinate
послушный	obedient
верующий	believer faithful religious
набожный	pious devout
чуткий	sensitive keen
если	if
или	or
либо	or either
но	but
однако	however but yet
хотя	although though
потому	because
чтобы	that order so
ибо	for because
будто	though if seemed
словно	though like
нежели	than
пока	while until till
доколе	until long
вот	behold here
между	between among
без	without
через	through across after
против	against
кроме	except besides beside
около	near about around beside
для	for
под	under beneath below
над	over above
перед	before front
после	after
среди	among amid midst
вдоль	along
сквозь	through
ради	sake for
меня	me
мне	me
мной	me
мною	me
тебя	you thee
тебе	you thee
тобой	you thee
тобою	you thee
него	him it
ему	him it
нему	him it
ней	her it
неё	her it
нею	her it
нас	us
нам	us
нами	us
вас	you ye
вам	you ye
вами	you ye
них	them
ним	him them
ими	them
ними	them
`;
