/** Russian verbs (both aspects, incl. reflexive) with common English translations and irregular past forms. */
export const ENTRIES = `
быть	be was were been
мочь	can could able may might
сказать	say said tell told
говорить	say said speak talk tell
знать	know knew known
стать	become became get begin
хотеть	want wish desire
видеть	see saw seen
идти	go walk went gone come
стоять	stand stood
думать	think thought
жить	live dwell
сидеть	sit sat
понять	understand understood realize
иметь	have had own possess
делать	do make did done made
сделать	do make did done made
смотреть	look watch see
работать	work labor
увидеть	see saw seen notice
пойти	go went gone walk
взять	take took taken grab
давать	give gave given let
дать	give gave given let
казаться	seem appear
спросить	ask inquire
ответить	answer reply respond
лежать	lie lay lain
получить	get got receive obtain
выйти	go come leave exit
найти	find found discover
остаться	remain stay left
понимать	understand understood realize
помнить	remember recall
любить	love like
начать	begin began begun start
хотеться	want wish like feel
слышать	hear heard
считать	count consider think believe
прийти	come came arrive
сметь	dare
ждать	wait await expect
писать	write wrote written
решить	decide solve resolve
сесть	sit sat board
читать	read
ходить	walk go went gone
бывать	be happen visit frequent
оказаться	turn prove find appear
узнать	learn find recognize know
приходить	come came arrive
показать	show showed shown
уйти	leave go left gone
называть	call name
держать	hold held keep kept
вернуться	return come back
спрашивать	ask inquire question
пытаться	try attempt
являться	be appear represent constitute
услышать	hear heard
открыть	open discover
подумать	think thought
ехать	go ride drive travel
чувствовать	feel felt sense
лететь	fly flew flown
бежать	run ran flee fled
просить	ask beg request
нести	carry bear bore borne bring
искать	look seek sought search
улыбнуться	smile
слушать	listen hear heard
поднять	raise lift pick
положить	put lay laid place
поставить	put place set
посмотреть	look see watch glance
случиться	happen occur
происходить	happen occur
произойти	happen occur
играть	play
помогать	help assist aid
помочь	help assist aid
пить	drink drank drunk
есть	eat ate eaten
умереть	die
умирать	die
родиться	born
бросить	throw threw thrown abandon quit
бросать	throw threw thrown abandon quit
остановиться	stop halt pause
останавливаться	stop halt pause
войти	enter come go
входить	enter come go
встать	get stand stood rise rose
вставать	get stand stood rise rose
кричать	shout cry scream yell
крикнуть	shout cry scream yell
молчать	silent quiet
замолчать	silent stop
поверить	believe trust
верить	believe trust
надеяться	hope
бояться	fear afraid dread
потерять	lose lost
терять	lose lost
сообщить	report inform tell told
сообщать	report inform tell told
объяснить	explain
объяснять	explain
спать	sleep slept
заснуть	asleep sleep slept
уснуть	asleep sleep slept
проснуться	wake woke awake
просыпаться	wake woke awake
оставить	leave left abandon
оставлять	leave left abandon keep
оставаться	remain stay
забыть	forget forgot forgotten
забывать	forget forgot forgotten
вспомнить	remember recall recollect
вспоминать	remember recall recollect
звать	call name summon
позвать	call summon
звонить	call ring rang phone
позвонить	call ring rang phone
купить	buy bought purchase
покупать	buy bought purchase
продать	sell sold
продавать	sell sold
платить	pay paid
заплатить	pay paid
стоить	cost worth
требовать	demand require
потребовать	demand require
требоваться	require need
нуждаться	need require
нравиться	like please
понравиться	like please
любоваться	admire
пробовать	try taste attempt
попробовать	try taste attempt
стараться	try strive endeavor
постараться	try strive
учить	teach learn taught
научить	teach taught
учиться	study learn
научиться	learn
изучать	study learn examine
изучить	study learn examine
знакомиться	meet acquaint
познакомиться	meet acquaint
встретить	meet met encounter
встречать	meet met encounter greet
встретиться	meet met
встречаться	meet met occur date
открывать	open discover
закрыть	close shut
закрывать	close shut
начинать	begin began begun start
начаться	begin began begun start
начинаться	begin began begun start
кончить	finish end
кончиться	end finish
кончаться	end
закончить	finish complete end
заканчивать	finish complete end
закончиться	end finish
продолжать	continue keep go
продолжить	continue resume
продолжаться	continue last
делаться	become get
становиться	become get grow
превратиться	turn become
превращаться	turn become
появиться	appear emerge
появляться	appear emerge
исчезнуть	disappear vanish
исчезать	disappear vanish
существовать	exist
находиться	be located lie situated
находить	find found discover
найтись	found turn
принести	bring brought
приносить	bring brought
привести	bring brought lead led
приводить	bring brought lead led cite
вести	lead led conduct keep kept
водить	lead led drive take
везти	carry drive transport lucky
возить	carry drive transport
носить	wear wore worn carry bear
унести	carry take
принять	accept take took taken adopt
принимать	accept take took taken adopt
брать	take took taken
отдать	give gave given return
отдавать	give gave given
передать	pass convey hand transmit give
передавать	pass convey hand transmit broadcast
получать	get got receive obtain
предлагать	offer propose suggest
предложить	offer propose suggest
обещать	promise
пообещать	promise
отказаться	refuse decline renounce
отказываться	refuse decline renounce
согласиться	agree consent
соглашаться	agree consent
решать	decide solve resolve
выбрать	choose chose chosen select elect
выбирать	choose chose chosen select elect
менять	change exchange
изменить	change alter betray
изменять	change alter betray
измениться	change
меняться	change
изменяться	change vary
улучшить	improve
улучшать	improve enhance
расти	grow grew grown
вырасти	grow grew grown
развивать	develop
развиваться	develop evolve
развить	develop
увеличить	increase enlarge
увеличиваться	increase grow
уменьшить	reduce decrease diminish
уменьшаться	decrease diminish shrink
строить	build built construct
построить	build built construct
создать	create make made establish
создавать	create make made
готовить	prepare cook
приготовить	prepare cook
подготовить	prepare
готовиться	prepare
бить	beat hit strike struck
ударить	hit strike struck beat
убить	kill slay slew slain murder
убивать	kill slay murder
погибнуть	perish die killed
спасти	save rescue
спасать	save rescue
защищать	defend protect
защитить	defend protect
бороться	fight fought struggle
воевать	fight fought war
победить	win won defeat conquer
побеждать	win won defeat conquer
проиграть	lose lost
нападать	attack assault
напасть	attack assault
стрелять	shoot shot fire
выстрелить	shoot shot fire
ранить	wound injure
болеть	ill sick hurt ache
заболеть	ill sick fall
лечить	treat cure heal
вылечить	cure heal
смеяться	laugh
засмеяться	laugh
плакать	cry weep wept
заплакать	cry weep wept
улыбаться	smile
радоваться	rejoice glad
обрадоваться	glad rejoice delighted
сердиться	angry
рассердиться	angry
удивиться	surprise wonder astonish
удивляться	surprise wonder marvel
удивить	surprise astonish amaze
беспокоиться	worry
волноваться	worry nervous anxious excited
волновать	worry concern excite
пугать	frighten scare
испугаться	frighten scare afraid
жалеть	regret pity sorry spare
пожалеть	regret pity sorry spare
ненавидеть	hate
уважать	respect esteem
мечтать	dream
желать	wish desire
пожелать	wish
ожидать	expect await wait
дождаться	wait await
сомневаться	doubt
доверять	trust
мешать	hinder disturb prevent stir
помешать	hinder disturb prevent
позволить	allow permit let
позволять	allow permit let
разрешить	allow permit resolve
разрешать	allow permit
запретить	forbid forbade prohibit ban
запрещать	forbid prohibit ban
заставить	force make made compel
заставлять	force make made compel
приказать	order command
приказывать	order command
велеть	order tell bid
советовать	advise recommend
посоветовать	advise recommend
попросить	ask beg request
умолять	beg implore plead
благодарить	thank
поблагодарить	thank
извиниться	apologize
извинять	excuse forgive
простить	forgive forgave pardon excuse
прощать	forgive forgave pardon
прощаться	goodbye farewell
проститься	goodbye farewell
приветствовать	greet welcome salute
здороваться	greet
поздравить	congratulate
обсуждать	discuss debate
обсудить	discuss
спорить	argue dispute
поспорить	argue bet
рассказать	tell told narrate relate
рассказывать	tell told narrate relate
описать	describe
описывать	describe
заметить	notice note remark observe
замечать	notice note remark observe
обратиться	address turn apply appeal
обращаться	address treat apply handle
объявить	announce declare
объявлять	announce declare
заявить	declare state announce
заявлять	declare state claim
утверждать	claim assert maintain approve
подтвердить	confirm
подтверждать	confirm
отрицать	deny
признать	admit recognize acknowledge
признавать	admit recognize acknowledge
признаться	confess admit
повторить	repeat
повторять	repeat
произнести	pronounce utter say said
произносить	pronounce utter
шептать	whisper
прошептать	whisper
звучать	sound ring
петь	sing sang sung
спеть	sing sang sung
танцевать	dance
рисовать	draw drew drawn paint
нарисовать	draw drew drawn paint
написать	write wrote written
прочитать	read
прочесть	read
преподавать	teach taught
отвечать	answer reply respond
глядеть	look gaze
взглянуть	glance look
поглядеть	look glance
наблюдать	observe watch
следить	watch follow track
следовать	follow
последовать	follow
подождать	wait
проверить	check verify test
проверять	check verify test
доказать	prove
доказывать	prove argue
определить	determine define
определять	determine define
оценить	appreciate evaluate assess
оценивать	assess evaluate estimate
сравнить	compare
сравнивать	compare
представлять	represent imagine present introduce
представить	imagine present introduce submit
представляться	seem introduce
означать	mean meant signify
значить	mean meant
содержать	contain maintain keep
включать	include turn switch
включить	include turn switch
состоять	consist
зависеть	depend
относиться	treat relate regard
касаться	concern touch
коснуться	touch concern
принадлежать	belong
соответствовать	correspond match
отличаться	differ distinguish
различать	distinguish discern
напоминать	remind resemble recall
напомнить	remind
сохранить	keep kept preserve save retain
сохранять	keep preserve save retain
хранить	keep kept store preserve
беречь	protect save spare cherish
охранять	guard protect
ловить	catch caught
поймать	catch caught
тянуть	pull drag draw drew
тащить	drag pull haul
толкать	push shove
толкнуть	push shove
кидать	throw threw
класть	put lay laid
ставить	put place set stage
вешать	hang hung
повесить	hang hung
поднимать	raise lift
подниматься	rise rose climb ascend
подняться	rise rose climb ascend
опустить	lower drop
опускать	lower drop
опуститься	sink sank descend
падать	fall fell fallen drop
упасть	fall fell fallen drop
спуститься	descend
спускаться	descend
лезть	climb crawl
прыгать	jump leap
прыгнуть	jump leap
побежать	run ran
бегать	run ran
убежать	run ran flee fled escape
летать	fly flew flown
плыть	swim swam sail float
плавать	swim swam sail float
ползти	crawl creep crept
поехать	go went ride drive
уехать	leave left depart go
приехать	arrive come came
приезжать	arrive come came
уезжать	leave left depart
уходить	leave go left
выходить	go come leave exit
подойти	approach come fit suit
подходить	approach come fit suit
пройти	pass go gone walk
проходить	pass go walk
перейти	cross pass switch
переходить	cross pass
вернуть	return restore
возвращать	return restore
возвращаться	return come
добраться	reach get
достигать	reach achieve attain
достигнуть	reach achieve attain
достичь	reach achieve attain
двигаться	move
двинуться	move
двигать	move
шагать	walk step stride
бродить	wander roam
гулять	walk stroll
путешествовать	travel journey
отправиться	set go went depart
отправлять	send sent dispatch
отправить	send sent dispatch
посылать	send sent
послать	send sent
доставить	deliver bring brought
прислать	send sent
садиться	sit sat
лечь	lie lay
ложиться	lie lay
висеть	hang hung
повернуться	turn
поворачиваться	turn
повернуть	turn
обернуться	turn look
оглядеться	look
оглянуться	look
кивнуть	nod
кивать	nod
махнуть	wave
махать	wave
пожать	shake shook shrug
трогать	touch move
тронуть	touch move
обнять	embrace hug
обнимать	embrace hug
целовать	kiss
поцеловать	kiss
дышать	breathe
вздохнуть	sigh
дрожать	tremble shake shook shiver
молиться	pray
служить	serve
послужить	serve
трудиться	work labor toil
заниматься	study engage practice
заняться	take start begin engage
занимать	occupy take borrow
занять	occupy take borrow
руководить	lead led direct manage
управлять	manage govern control rule run
править	rule govern edit correct
командовать	command
устроить	arrange organize
устраивать	arrange organize suit
обеспечить	provide ensure secure
обеспечивать	provide ensure
участвовать	participate take
использовать	use employ utilize
пользоваться	use enjoy
применять	apply use employ
применить	apply use
употреблять	use employ
тратить	spend spent waste
потратить	spend spent waste
зарабатывать	earn make
заработать	earn make
посчитать	count consider
считаться	considered reckon
полагать	suppose believe think assume
предполагать	suppose assume expect
предположить	suppose assume
догадаться	guess
догадываться	guess suspect
ошибаться	wrong mistake err
ошибиться	wrong mistake err
убедить	convince persuade
убеждать	convince persuade
убедиться	convince ensure sure
уверять	assure
обмануть	deceive cheat trick
обманывать	deceive cheat lie
лгать	lie
врать	lie
скрывать	hide hid hidden conceal
скрыть	hide hid hidden conceal
прятать	hide hid hidden
спрятать	hide hid hidden
спрятаться	hide hid hidden
красть	steal stole stolen
украсть	steal stole stolen
грабить	rob plunder
судить	judge try
осудить	condemn convict
наказать	punish
наказывать	punish
посадить	plant seat imprison
сажать	plant seat imprison
освободить	free release liberate
освобождать	free release
отпустить	release let
отпускать	release let
держаться	hold keep
терпеть	bear endure tolerate
выдержать	withstand endure bear stand
страдать	suffer
мучить	torment torture
мучиться	suffer
выздороветь	recover
кушать	eat ate
съесть	eat ate eaten
выпить	drink drank drunk
кормить	feed fed
накормить	feed fed
варить	cook boil brew
резать	cut slice
разрезать	cut
рубить	chop cut fell
ломать	break broke broken
сломать	break broke broken
разбить	break broke smash defeat
разрушить	destroy ruin demolish
разрушать	destroy ruin
уничтожить	destroy annihilate
уничтожать	destroy annihilate
гореть	burn burnt
сжечь	burn burnt
зажечь	light lit ignite
светить	shine shone
сиять	shine shone glow
блестеть	shine glitter gleam
мыть	wash
вымыть	wash
чистить	clean brush peel
убирать	clean remove tidy
убрать	remove clean put
одеваться	dress
одеться	dress
надеть	put wear
снять	take remove rent shoot
снимать	take remove rent shoot
шить	sew
открыться	open
закрыться	close
стучать	knock beat
постучать	knock
шуметь	noise
сыграть	play
родить	bear bore born give
рожать	bear give
жениться	marry
развестись	divorce
хоронить	bury
похоронить	bury
пахнуть	smell
пахать	plow
сеять	sow
собирать	collect gather pick
собрать	collect gather assemble
собираться	gather going intend
собраться	gather assemble
добавить	add
добавлять	add
соединить	connect join unite
соединять	connect join
объединить	unite combine
объединять	unite combine
разделить	divide share separate
делить	divide share
разделять	share divide separate
отделить	separate
связать	tie bind bound connect link
связывать	tie bind connect link
вязать	knit tie
привязать	tie attach
оторвать	tear tore torn
рвать	tear tore torn vomit
порвать	tear break
крутить	twist turn spin
вертеть	spin turn twist
катить	roll
лить	pour
налить	pour
течь	flow leak
капать	drip
дуть	blow blew blown
замёрзнуть	freeze froze frozen
мёрзнуть	freeze cold
таять	melt
греть	warm heat
кипеть	boil
тонуть	drown sink sank
утонуть	drown sink sank
гибнуть	perish die
отдыхать	rest relax
отдохнуть	rest relax
сниться	dream dreamt
присниться	dream dreamt
будить	wake woke
разбудить	wake woke awaken
поселиться	settle
случаться	happen occur
наступить	come came step
наступать	come advance step
длиться	last
тянуться	stretch extend drag
пропасть	disappear vanish
пропустить	miss skip let pass
пропускать	miss skip
опоздать	late
опаздывать	late
успеть	manage time
успевать	manage keep
спешить	hurry hasten rush
торопиться	hurry rush
поспешить	hurry hasten
задержать	delay detain hold
задерживать	delay detain
откладывать	postpone defer
отложить	postpone defer delay
подписать	sign
подписывать	sign
печатать	print type
напечатать	print
издать	publish issue
издавать	publish issue
опубликовать	publish
публиковать	publish
выпустить	release issue produce
выпускать	release issue produce
производить	produce make manufacture
произвести	produce make made
выполнить	fulfill perform execute
выполнять	fulfill perform execute carry
исполнить	perform fulfill execute
исполнять	perform fulfill execute
совершить	commit perform accomplish
совершать	commit perform make
осуществить	implement carry realize
осуществлять	implement carry exercise
добиться	achieve obtain attain
добиваться	seek achieve strive
удаваться	succeed manage
удаться	succeed manage
стремиться	strive seek aspire
попытаться	try attempt
рисковать	risk
решиться	dare decide venture
решаться	dare decide
угрожать	threaten
грозить	threaten
предупредить	warn prevent
предупреждать	warn
окружить	surround encircle
окружать	surround
захватить	seize capture take
захватывать	seize capture
завоевать	conquer win won
взорвать	blow explode
сдаться	surrender
сдавать	pass hand rent
сдать	pass hand rent surrender
отступить	retreat
отступать	retreat
подчиняться	obey submit
слушаться	obey
нарушить	violate break broke breach
нарушать	violate break breach
соблюдать	observe follow comply
обвинять	accuse charge blame
обвинить	accuse charge
оправдать	justify acquit
голосовать	vote
избрать	elect choose chose
избирать	elect choose
назначить	appoint assign set
назначать	appoint assign
установить	establish install set determine
устанавливать	establish set install
основать	found establish base
основывать	found base
утвердить	approve confirm establish
отменить	cancel abolish repeal
отменять	cancel abolish
ввести	introduce enter impose
вводить	introduce enter
ограничить	limit restrict
ограничивать	limit restrict
рассматривать	consider examine view
рассмотреть	consider examine
исследовать	research investigate explore study examine
обнаружить	discover detect find found reveal
обнаруживать	discover detect find
выяснить	find ascertain clarify
выяснять	find ascertain clarify
узнавать	learn recognize find
осознать	realize
осознавать	realize aware
почувствовать	feel felt sense
ощущать	feel felt sense
ощутить	feel felt sense
испытывать	experience feel test
испытать	experience feel test
пережить	survive experience outlive
переживать	worry experience
размышлять	reflect ponder think
задуматься	think ponder wonder
мыслить	think
вообразить	imagine
воображать	imagine fancy
придумать	invent devise think
выдумать	invent fabricate
изобрести	invent
намереваться	intend
уметь	can know able
суметь	manage able succeed
приходиться	have must
прийтись	have must
показаться	seem appear
выглядеть	look seem appear
оказываться	turn prove find
называться	called named
назвать	call name
поговорить	talk speak
разговаривать	talk speak converse
беседовать	talk converse chat
болтать	chat chatter
воскликнуть	exclaim cry
бормотать	mutter mumble
пробормотать	mutter mumble
ворчать	grumble
вздыхать	sigh
орать	yell shout scream
ругать	scold criticize
ругаться	swear curse quarrel
хвалить	praise
похвалить	praise
славить	glorify praise
благословить	bless
благословлять	bless
проклинать	curse
проклясть	curse damn
молить	pray beg implore
каяться	repent
грешить	sin
спасаться	escape save
поклоняться	worship
жертвовать	sacrifice donate
пожертвовать	sacrifice donate
воскреснуть	rise rose risen resurrect
креститься	cross baptize
наставлять	instruct admonish
обучать	teach taught train
обучить	teach taught train
воспитывать	raise bring educate
воспитать	raise bring
растить	raise grow
заботиться	care look
позаботиться	care take
ухаживать	care court nurse
поддерживать	support maintain sustain
поддержать	support back
способствовать	promote contribute facilitate
содействовать	assist promote
препятствовать	hinder prevent obstruct
противостоять	oppose resist withstand
сопротивляться	resist
возражать	object
возразить	object retort
отказать	refuse deny
отказывать	refuse deny
отвергать	reject
отвергнуть	reject
лишить	deprive strip
лишать	deprive
возникнуть	arise arose arisen emerge
возникать	arise emerge occur
рождаться	born arise
сокращать	reduce cut shorten
сократить	reduce cut shorten
повышать	raise increase
повысить	raise increase
понизить	lower reduce
снизить	reduce lower
снижать	reduce lower
расширить	expand extend widen
расширять	expand extend
продлить	extend prolong
превышать	exceed
превысить	exceed
составлять	make compose constitute amount
составить	make compose constitute draw
образовать	form
образовывать	form
формировать	form shape
сформировать	form shape
исключить	exclude expel
исключать	exclude rule
удалить	remove delete
удалять	remove delete
заменить	replace substitute
заменять	replace substitute
вмешиваться	interfere intervene
вмешаться	interfere intervene
влиять	influence affect
повлиять	influence affect
действовать	act operate work
вызвать	cause call summon provoke
вызывать	cause call summon provoke
причинить	cause inflict
предоставить	provide grant give
предоставлять	provide grant give
снабжать	supply provide
дарить	give present
подарить	give present
вручить	hand present deliver
одолжить	lend lent borrow
возвратить	return
обменять	exchange
обменяться	exchange
обменивать	exchange
торговать	trade sell
заказать	order
заказывать	order
экономить	save economize
владеть	own possess master
обладать	possess have
заслуживать	deserve merit
заслужить	earn deserve
ценить	value appreciate prize
влюбиться	fall love
обожать	adore
скучать	miss bored
тосковать	yearn long miss
грустить	sad grieve
горевать	grieve mourn
рыдать	sob
шутить	joke
пошутить	joke
веселиться	merry fun
развлекаться	amuse entertain
наслаждаться	enjoy
курить	smoke
закурить	light smoke
охотиться	hunt
копать	dig dug
рыть	dig dug
поливать	water
цвести	bloom blossom flower
грузить	load
чинить	repair fix mend
починить	repair fix mend
ремонтировать	repair
заполнять	fill
заполнить	fill
наполнить	fill
наполнять	fill
опустеть	empty
очистить	clean clear purify
освещать	light illuminate cover
осветить	light illuminate
гаснуть	fade die
погаснуть	die extinguish fade
тушить	extinguish put stew
вспыхнуть	flare flash blaze
взорваться	explode burst
лопнуть	burst pop
треснуть	crack
разбиться	break broke crash
рухнуть	collapse fall
рушиться	collapse crumble
трещать	crack crackle
греметь	thunder rumble
звенеть	ring rang
шелестеть	rustle
слышаться	heard sound
раздаться	sound ring resound
раздаваться	sound ring resound distribute
доноситься	come drift reach
виднеться	visible
показываться	appear show
светать	dawn
замерзать	freeze froze frozen
потеть	sweat
уставать	tire tired weary
устать	tire tired weary
знакомить	introduce acquaint
посетить	visit attend
посещать	visit attend
навестить	visit
гостить	stay visit
приглашать	invite
пригласить	invite
угощать	treat
угостить	treat
провожать	see accompany escort
проводить	spend conduct hold carry
провести	spend conduct hold carry
сопровождать	accompany escort
возглавлять	head lead led
возглавить	head lead led
подчинить	subordinate subdue
покорить	conquer subdue
расстаться	part
расставаться	part
разойтись	part disperse
разлучить	separate part
покинуть	leave left abandon forsake
покидать	leave left abandon
давить	press crush squeeze
нажать	press push
нажимать	press push
жать	press squeeze shake
сжать	squeeze compress clench
схватить	grab seize grasp catch
хватать	grab seize enough
хватить	suffice enough
броситься	rush dash throw
бросаться	rush throw
кинуться	rush dash
мчаться	rush race speed
нестись	rush race
выскочить	jump leap
вскочить	jump leap spring
вскрикнуть	cry scream
остановить	stop halt
останавливать	stop halt
прекратить	stop cease end
прекращать	stop cease
прервать	interrupt break
перебить	interrupt
задать	set ask give
задавать	set ask
угадать	guess
разгадать	solve guess unravel
учесть	consider account
учитывать	consider account
обратить	turn pay draw
обращать	turn pay draw
привлечь	attract draw involve
привлекать	attract draw involve
интересовать	interest
интересоваться	interested
заинтересовать	interest
увлекаться	keen fond passionate
увлечь	carry captivate fascinate
предпочитать	prefer
предпочесть	prefer
сочинять	compose write
сочинить	compose write
записать	write record note
записывать	write record note
отметить	note mark celebrate
отмечать	note mark celebrate
праздновать	celebrate
подчеркнуть	emphasize stress underline
подчёркивать	emphasize stress underline
указать	indicate point show
указывать	indicate point show
свидетельствовать	testify witness indicate
показывать	show showed shown
раскрыть	reveal disclose open
раскрывать	reveal disclose open
разоблачить	expose unmask
вытащить	pull drag extract
вынуть	take pull
вынимать	take pull
достать	get reach take obtain
доставать	get reach take
сунуть	shove stick thrust
вставить	insert put
ударять	hit strike
стукнуть	knock hit
колоть	prick stab chop
пилить	saw
нагнуться	bend stoop
наклониться	lean bend bow
кланяться	bow
поклониться	bow worship
споткнуться	stumble trip
скользить	slide slip glide
катиться	roll
вертеться	spin turn
кружиться	spin whirl
качать	rock swing shake pump
трясти	shake shook
трястись	shake tremble
плясать	dance
манить	beckon lure
ткать	weave wove woven
плести	weave braid
стирать	wash erase
гладить	iron stroke
купаться	bathe swim
умываться	wash
бриться	shave
одевать	dress
раздеваться	undress
надевать	put wear
завтракать	breakfast
обедать	dine lunch
ужинать	dine supper
жарить	fry roast
печь	bake
глотать	swallow
жевать	chew
кусать	bite bit bitten
укусить	bite bit bitten
лизать	lick
сосать	suck
нюхать	smell sniff
дружить	friends
ссориться	quarrel
поссориться	quarrel
мириться	reconcile
помириться	reconcile
драться	fight fought
подраться	fight fought
сражаться	fight fought battle
выиграть	win won gain
выигрывать	win won gain
проигрывать	lose lost
соревноваться	compete
тренироваться	train practice
целиться	aim
попасть	hit get reach
попадать	hit get fall
промахнуться	miss
спастись	escape survive
выжить	survive
выживать	survive
обитать	inhabit dwell live
населять	inhabit populate
переехать	move cross
переезжать	move cross
ездить	ride drive travel go
прибыть	arrive
прибывать	arrive
отправляться	set depart leave
приблизиться	approach near
приближаться	approach near
удалиться	withdraw retire
удаляться	withdraw recede
отойти	step move depart
отходить	step depart
подъехать	drive approach
обойти	bypass circumvent go
обходить	bypass avoid go
избегать	avoid escape shun
избежать	avoid escape
уклоняться	evade avoid dodge
скрываться	hide hid conceal
преследовать	pursue persecute chase
гнать	chase drive drove driven
догнать	catch overtake
догонять	catch overtake chase
отражать	reflect
отразить	reflect
выражать	express
выразить	express
проявить	show display manifest
проявлять	show display manifest
обозначать	denote mean mark
изображать	depict portray represent
изобразить	depict portray represent
выступать	speak perform act appear
выступить	speak perform act
заговорить	speak talk begin
промолчать	silent
связаться	contact connect
связываться	contact connect
пересекать	cross intersect
пересечь	cross
перевести	translate transfer
переводить	translate transfer
перевернуть	turn overturn flip
разобраться	understand sort figure
разбираться	understand sort know
разобрать	sort dismantle make
разбирать	sort dismantle analyze
возводить	erect build
ухудшить	worsen
ухудшаться	worsen deteriorate
портить	spoil ruin damage
испортить	spoil ruin damage
вредить	harm damage hurt
повредить	damage injure harm hurt
стеречь	guard watch
сторожить	guard
отвлекать	distract
отвлечь	distract divert
сосредоточиться	concentrate focus
повиноваться	obey
жаловаться	complain
пожаловаться	complain
обижать	offend hurt
обидеть	offend hurt insult
обидеться	offended hurt resent
оскорбить	insult offend
оскорблять	insult offend
стыдиться	ashamed
смущать	embarrass confuse
гордиться	proud
хвастаться	boast brag
презирать	despise scorn
злиться	angry
успокоиться	calm
успокоить	calm soothe reassure
утешать	comfort console
утешить	comfort console
тревожить	disturb worry alarm
беспокоить	bother disturb worry
нервничать	nervous
опасаться	fear beware
осмелиться	dare venture
подозревать	suspect
заподозрить	suspect
ведать	know manage
сознавать	realize aware
рассуждать	reason argue discuss
договориться	agree arrange negotiate
договариваться	agree negotiate arrange
клясться	swear swore sworn vow
поклясться	swear swore sworn vow
обязать	oblige bind
обязаться	undertake commit pledge
упустить	miss lose
упускать	miss
отнять	take deprive
отнимать	take deprive
забрать	take took taken
забирать	take collect
отбирать	select take confiscate
делиться	share divide
поделиться	share
объединиться	unite
объединяться	unite
присоединиться	join
присоединяться	join
вступить	enter join
вступать	enter join
уволить	dismiss fire
уволиться	quit resign leave
нанимать	hire employ
нанять	hire employ
поступить	act enter join come
поступать	act enter come
обходиться	cost treat manage
обойтись	cost treat manage
справиться	cope manage handle
справляться	cope manage inquire
преодолеть	overcome overcame
преодолевать	overcome
завершить	complete finish conclude
завершать	complete finish
окончить	finish graduate complete
прекратиться	stop cease
исчерпать	exhaust
признаваться	confess admit
раскаяться	repent
исправить	correct fix rectify
исправлять	correct fix
поправить	correct adjust fix
приспособиться	adapt
привыкнуть	accustomed used
привыкать	accustomed used
запомнить	remember memorize
запоминать	remember memorize
выделять	allocate distinguish emphasize
выделить	allocate single highlight
выделяться	stand distinguish
отличать	distinguish differentiate
различаться	differ vary
сходиться	converge agree meet
совпадать	coincide match
совпасть	coincide match
сочетать	combine
смешать	mix
разложить	lay spread decompose
расположить	arrange place dispose
располагать	have dispose arrange
расположиться	settle locate
размещать	place accommodate
разместить	place accommodate
распределять	distribute allocate
распределить	distribute allocate
раздать	distribute hand
распространять	spread disseminate distribute
распространяться	spread extend
распространить	spread
покрыть	cover
покрывать	cover
накрыть	cover
обернуть	wrap
завернуть	wrap turn
развернуть	unfold unwrap deploy turn
развернуться	turn unfold
свернуть	turn roll fold
складывать	fold add stack
сложить	fold add put
сложиться	develop form
согнуть	bend bent
сгибать	bend bent
выпрямиться	straighten
растянуть	stretch
сжимать	squeeze compress clench
удерживать	hold held keep retain restrain
удержать	hold held keep restrain
уронить	drop
ронять	drop shed
прикрепить	attach fasten
опираться	lean rely
опереться	lean rely
прислониться	lean
валяться	lie wallow
торчать	stick protrude
вмещать	hold contain accommodate
вместить	hold contain accommodate
помещать	place put
поместить	place put
помещаться	fit
расходовать	spend expend
накопить	accumulate save
голодать	starve hunger
жаждать	thirst crave long
кашлять	cough
чихать	sneeze
тошнить	sick nauseate
кровоточить	bleed bled
стонать	groan moan
вопить	wail scream
выть	howl wail
лаять	bark
свистеть	whistle
гудеть	hum buzz honk
жужжать	buzz hum
мерцать	flicker twinkle shimmer
сверкать	sparkle glitter flash
светиться	glow shine
пылать	blaze burn flame
дымить	smoke
тлеть	smolder
растопить	melt kindle
топить	heat drown sink
всплыть	surface emerge
нырнуть	dive plunge
нырять	dive
погружаться	immerse plunge sink
погрузиться	immerse plunge
намокнуть	wet soak
сушить	dry
высохнуть	dry
брызгать	splash spray
плескаться	splash
вытирать	wipe dry
вытереть	wipe dry
стереть	erase wipe
пачкать	soil stain dirty
испачкать	soil stain dirty
красить	paint dye
покрасить	paint dye
краснеть	blush redden
покраснеть	blush redden
бледнеть	pale
побледнеть	pale
темнеть	darken
рассчитывать	count rely calculate expect
рассчитать	calculate compute
вычислить	calculate compute
измерить	measure
измерять	measure
весить	weigh
взвесить	weigh
сопоставить	compare
противоречить	contradict
годиться	fit suit serve
пригодиться	useful come
удовлетворять	satisfy
удовлетворить	satisfy
радовать	please delight gladden
обрадовать	please delight
огорчить	upset grieve
огорчать	upset grieve distress
расстроить	upset frustrate
расстраиваться	upset
разочаровать	disappoint
восхищаться	admire
восхищать	delight fascinate
поражать	strike struck amaze astonish
поразить	strike struck amaze astonish
потрясти	shake shook stun shock
удивлять	surprise amaze
смутить	embarrass confuse
терзать	torment tear
пытать	torture
казнить	execute
расстрелять	shoot shot execute
застрелить	shoot shot
зарезать	stab slaughter
погубить	ruin destroy
губить	ruin destroy
разорить	ruin devastate
опустошить	devastate ravage
вторгнуться	invade intrude
обороняться	defend
оборонять	defend
отстоять	defend uphold
отстаивать	defend uphold advocate
заключить	conclude imprison enclose
заключать	conclude contain
обязывать	oblige bind
предусматривать	provide envisage stipulate
предусмотреть	provide foresee
взыскать	recover collect exact
наложить	impose put
налагать	impose
возложить	lay laid entrust
оспаривать	contest dispute challenge
оспорить	contest dispute
обжаловать	appeal
постановить	decree resolve rule
приговорить	sentence condemn
осуждать	condemn criticize
оправдывать	justify excuse acquit
удостоверить	certify
заверить	assure certify
расследовать	investigate
допросить	interrogate question
допрашивать	interrogate question
обыскать	search
изъять	seize withdraw confiscate
наследовать	inherit succeed
унаследовать	inherit
завещать	bequeath will
распоряжаться	dispose manage order
уступить	yield concede cede
уступать	yield concede inferior
арендовать	rent lease
взимать	levy charge collect
вкладывать	invest put
вложить	invest put insert
сберечь	save preserve
выплачивать	pay paid
выплатить	pay paid
задолжать	owe
страховать	insure
поставлять	supply deliver
изготовить	manufacture make produce
изготавливать	manufacture make produce
перерабатывать	process recycle
добывать	extract mine obtain
добыть	obtain extract get
обрабатывать	process treat cultivate
обработать	process treat
выращивать	grow raise cultivate
вырастить	grow raise
пасти	graze tend
доить	milk
обслуживать	serve maintain service
доставлять	deliver bring
перевозить	transport carry
познать	know cognize
познавать	know learn
постигать	comprehend grasp
постичь	comprehend grasp
усвоить	learn master assimilate
овладеть	master seize
толковать	interpret
истолковать	interpret
пересказать	retell
цитировать	quote cite
ссылаться	refer cite
сослаться	refer cite
упомянуть	mention
упоминать	mention
намекать	hint imply allude
намекнуть	hint
подсказать	prompt suggest tell
подсказывать	prompt suggest
уведомить	notify inform
известить	notify inform
предсказать	predict foretell
предсказывать	predict forecast
пророчествовать	prophesy
предвидеть	foresee anticipate
повести	lead led take
открываться	open
закрываться	close
получаться	turn work come
получиться	turn work come
браться	undertake take
взяться	undertake take
приняться	start begin set
приниматься	start begin set
пускать	let admit allow
пустить	let admit allow
допускать	allow admit assume
допустить	allow admit assume
выдать	give issue betray
выдавать	give issue betray
подать	serve give file submit
подавать	serve give file submit
выбежать	run ran
вбежать	run ran
прибежать	run ran come
подбежать	run ran
вылезти	climb crawl
вывести	lead led take bring
выводить	lead led take conclude
вынести	carry take bear endure
выносить	carry take bear endure
внести	bring make introduce contribute
вносить	bring make introduce contribute
перенести	transfer move carry endure postpone
переносить	transfer move carry endure bear
увести	take lead led
отвести	take lead led
отвезти	take drive
привезти	bring brought
привозить	bring brought
увезти	take carry
довести	bring lead drive
подвести	let bring lead
завести	start take lead acquire
заводить	start wind acquire
развести	breed divorce separate dilute
навести	direct aim
зайти	come call drop enter
заходить	come call drop set
дойти	reach get
доходить	reach get
сойти	descend get go
сходить	go descend
взойти	rise rose ascend
восходить	rise rose ascend
расходиться	part disperse diverge
пройтись	walk stroll
запустить	launch start
запускать	launch start
улететь	fly flew
прилететь	arrive fly come
вылететь	fly depart
учредить	establish found institute
посвятить	devote dedicate
посвящать	devote dedicate
уделять	devote pay give
уделить	devote pay give
оказывать	render provide exert
оказать	render provide exert
настаивать	insist
настоять	insist
уговорить	persuade convince
уговаривать	persuade coax
предстоять	lie face ahead
недоставать	lack miss
заключаться	consist lie
содержаться	contained
охватывать	cover embrace span
охватить	cover embrace seize
затрагивать	affect touch concern
затронуть	affect touch concern
задеть	touch hurt brush
одобрить	approve endorse
одобрять	approve endorse
опровергнуть	refute deny disprove
опровергать	refute deny
упрекать	reproach blame
упрекнуть	reproach
винить	blame
сочувствовать	sympathize
увядать	wither fade
вянуть	wither fade
созревать	ripen mature
созреть	ripen mature
гнить	rot decay
размножаться	multiply breed reproduce
стареть	age
литься	pour flow
струиться	stream flow
хлопнуть	slam clap bang
хлопать	clap slam flap
пнуть	kick
щёлкнуть	click snap
погладить	stroke pat iron
ласкать	caress fondle
бредить	rave delirious
медлить	delay linger hesitate
колебаться	hesitate waver fluctuate
замереть	freeze froze stop
застыть	freeze froze stiffen
замирать	freeze stop
общаться	communicate associate
переписываться	correspond
смочь	can could able manage
понадобиться	need require
потребоваться	need require
мелькнуть	flash flicker glimpse
мелькать	flash flicker
вырваться	escape break burst
рваться	tear burst strain
глянуть	glance look
очутиться	find end land
осматривать	examine inspect survey
осмотреть	examine inspect survey
разглядывать	examine scrutinize study
окликнуть	call hail
сообразить	realize figure
соображать	think figure
почитать	honor revere read
поесть	eat ate
пообедать	dine lunch
поужинать	dine supper
позавтракать	breakfast
проговорить	say said utter
пробыть	stay remain
побывать	visit
пожить	live
прожить	live spend spent
помолчать	silent pause
шевелиться	move stir
пошевелиться	move stir
вздрогнуть	start shudder flinch
усмехнуться	smirk grin smile
усмехаться	smirk grin smile
ухмыльнуться	grin smirk
хмуриться	frown
нахмуриться	frown
моргать	blink
подмигнуть	wink
зевать	yawn
пугаться	frighten scare afraid
взволновать	excite agitate upset
приобрести	acquire purchase gain
приобретать	acquire gain
поменять	change exchange swap
сменить	change replace
смениться	change replace
почудиться	seem imagine
мерещиться	seem imagine
отпраздновать	celebrate
завидовать	envy
позавидовать	envy
ревновать	jealous
предать	betray
предавать	betray
вырвать	pull tear extract
сорвать	tear pick disrupt
срывать	tear pick
перестать	stop cease quit
переставать	stop cease
пробежать	run ran
очнуться	wake come recover
обрести	find found gain acquire
обретать	find gain acquire
выпасть	fall fell drop
свалиться	fall fell tumble
рассыпаться	scatter crumble
сыпать	pour sprinkle
одолеть	overcome defeat
покончить	end finish
превосходить	surpass exceed
превзойти	surpass exceed
отставать	lag fall
отстать	lag fall
венчаться	wed marry
ожить	revive
оживить	revive animate
воскресить	resurrect revive raise
искупить	redeem atone
прославить	glorify
проповедовать	preach
возвещать	proclaim announce
провозгласить	proclaim declare
провозглашать	proclaim declare
призвать	call summon urge
призывать	call summon urge appeal
взывать	appeal call cry
согрешить	sin
покаяться	repent
помиловать	pardon spare
бодрствовать	awake watch
творить	create make made do
сотворить	create make made
внимать	heed listen
уповать	trust hope
повелеть	command order
повелевать	command
вкушать	taste eat
возлюбить	love
умножить	multiply increase
умножать	multiply increase
пребывать	abide dwell remain stay
погибать	perish die
истребить	destroy exterminate
сокрушить	crush shatter
восстать	rise rose rebel revolt
восставать	rise rebel revolt
свергнуть	overthrow topple
царствовать	reign
властвовать	rule dominate
господствовать	dominate prevail
преобладать	prevail predominate
угнетать	oppress
подавить	suppress crush
подавлять	suppress crush
восстановить	restore rebuild
восстанавливать	restore rebuild
возродить	revive
возобновить	resume renew
обновить	renew update
руководствоваться	guided follow
сотрудничать	cooperate collaborate
взаимодействовать	interact
конкурировать	compete
противодействовать	counter oppose
урегулировать	settle resolve
уладить	settle resolve
примирить	reconcile
прибегать	resort
прибегнуть	resort
поручить	entrust instruct charge
поручать	entrust instruct charge
доверить	entrust trust
уполномочить	authorize empower
отчитываться	report account
докладывать	report
доложить	report
опросить	survey poll question
вещать	broadcast
похитить	kidnap abduct steal
похищать	kidnap abduct steal
убегать	run ran flee escape
сбежать	escape flee fled run
прятаться	hide hid
отыскать	find found
разыскивать	search seek hunt
обыскивать	search
взрывать	blow explode
поджечь	set ignite burn
сгореть	burn burnt
загореться	catch ignite light
потушить	extinguish put
обжечь	burn scald
ослепить	blind dazzle
оглушить	deafen stun
ослабить	weaken loosen ease
ослабеть	weaken
ослаблять	weaken loosen
усилить	strengthen intensify reinforce
усиливать	strengthen intensify
укрепить	strengthen reinforce fortify
укреплять	strengthen reinforce
снижаться	decline decrease fall
снизиться	decline decrease fall
повыситься	rise rose increase
повышаться	rise increase
возрасти	increase grow rise
возрастать	increase grow rise
насчитывать	number count
облегчить	ease facilitate relieve
облегчать	ease facilitate relieve
затруднять	hamper complicate
осложнить	complicate
усложнить	complicate
упростить	simplify
ускорить	accelerate speed hasten
ускорять	accelerate speed
замедлить	slow
тормозить	brake slow
кататься	ride skate roll
скакать	gallop jump
лазить	climb
карабкаться	climb scramble
взбираться	climb
взобраться	climb
влезть	climb get
спрыгнуть	jump
соскочить	jump
ступать	step tread trod
ступить	step tread
шагнуть	step
топтать	trample tread
грести	row rake
плестись	trudge drag
брести	wander trudge
тащиться	drag trudge
волочить	drag
прогуливаться	stroll walk
блуждать	wander roam
скитаться	wander roam
странствовать	wander travel
заблудиться	lost
подмести	sweep swept
мести	sweep swept
постелить	spread lay
завязать	tie knot
развязать	untie unleash
застегнуть	button fasten
расстегнуть	unbutton
переодеться	change
нарядиться	dress
причесаться	comb
мыться	wash bathe
умыться	wash
полоскать	rinse gargle
заварить	brew
мазать	smear spread
намазать	spread smear
посолить	salt
поджарить	fry toast
сварить	cook boil
испечь	bake
кипятить	boil
остыть	cool
охладить	cool chill
нагреть	heat warm
нагревать	heat warm
согреть	warm
согреться	warm
простудиться	cold chill
лечиться	treat
выздоравливать	recover
поправиться	recover gain
скончаться	die pass decease
забеременеть	pregnant conceive
полагаться	rely depend
положиться	rely depend
уловить	catch caught grasp
улавливать	catch caught
прислушиваться	listen heed
прислушаться	listen heed
всматриваться	peer gaze
вглядываться	peer gaze
уставиться	stare
разглядеть	discern make see
заглянуть	look peep drop
заглядывать	look peep
выглянуть	look peep
подглядывать	peep spy
шпионить	spy
подслушать	overhear eavesdrop
подразумевать	imply mean meant
предназначать	intend design
предназначить	intend design
задумать	conceive plan intend
замышлять	plot scheme
колдовать	conjure
захотеть	want wish
захотеться	want feel
полюбить	love like fall
привязаться	attach
надоесть	bore tire sick
надоедать	bore annoy
раздражать	irritate annoy
злить	anger annoy
разозлиться	angry
рассмешить	amuse
смешить	amuse
разочароваться	disappoint disillusion
отчаяться	despair
отчаиваться	despair
унывать	despond lose
трусить	coward
струсить	coward chicken
хвалиться	boast
стесняться	shy embarrassed hesitate
смущаться	embarrassed
извиняться	apologize
оправдываться	excuse justify
объясняться	explain
притворяться	pretend feign
притвориться	pretend feign
дразнить	tease
издеваться	mock torment
насмехаться	mock ridicule
хохотать	laugh roar
захохотать	laugh
всхлипывать	sob
визжать	squeal shriek
рычать	growl roar
реветь	roar bellow howl
мычать	moo
щебетать	chirp twitter
ржать	neigh
отклонить	reject decline dismiss
отклонять	reject decline
отозвать	recall withdraw
отзывать	recall withdraw
возбудить	initiate excite arouse
предъявить	present produce bring
предъявлять	present produce bring
оштрафовать	fine
штрафовать	fine
распорядиться	order dispose
устранить	eliminate remove
устранять	eliminate remove
предотвратить	prevent avert
предотвращать	prevent avert
избавиться	rid free
избавить	rid free deliver save
избавлять	rid free deliver save
пресечь	suppress stop
подвергать	subject expose
подвергнуть	subject expose
подвергаться	undergo subjected
откликнуться	respond
откликаться	respond
сдержать	restrain keep kept hold
сдерживать	restrain contain hold
воздержаться	abstain refrain
воздерживаться	abstain refrain
лишиться	lose lost
потерпеть	suffer tolerate
понести	bear suffer incur carry
вдохновить	inspire
вдохновлять	inspire
побудить	induce prompt urge
побуждать	induce prompt encourage
поощрять	encourage reward
поощрить	encourage reward
принудить	force compel coerce
принуждать	force compel coerce
вынудить	force compel
вынуждать	force compel
склонить	incline persuade bend
соблазнить	seduce tempt
соблазнять	seduce tempt
искушать	tempt
очаровать	charm fascinate enchant
пленить	captivate capture
вычесть	subtract deduct
прибавить	add
прибавлять	add
убавить	reduce
сосчитать	count
пересчитать	count recount
перечислить	list enumerate
перечислять	list enumerate
отнести	take carry attribute
относить	take carry attribute
отнестись	treat regard
поднести	bring hold
подносить	bring hold
донести	carry report inform
доносить	report inform carry
разнести	spread deliver smash
растеряться	confused lost bewildered
потеряться	lost
выясниться	turn emerge
обнаружиться	emerge appear
`;
