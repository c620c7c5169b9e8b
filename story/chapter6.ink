// October Paths — Chapter 6: 1953–1991: Thaw, Stagnation, Collapse.
// Forks, in order: after-stalin, reform-1965, arms-race, perestroika; then 1989–1991 and
// one of the three last endings. This chapter ends the story: every path ends in
// dissolution-1991, renewal or party-market.
//
// Flags read from earlier chapters (declared there): stalin_gensec (Ch3: the Secret Speech's
// words: where Stalin never ruled alone there is no one man's cult to blame, and the classroom's
// role cards read the same way, story/roles/chapter6.json), collectivization,
// factions_banned, open_platforms, ch3_trotsky_leads (Ch3: who led the party from 1924);
// terror, officer_purge, hitler_in_power (Ch4);
// patriotic_war, postwar (Ch5). Without Hitler (hitler_in_power false) Europe was never
// divided: the text has no bloc, no Berlin Wall, no NATO, no Tito's Yugoslavia and no Baltic
// states or Moldova inside the Union (tests/unit/pathCoherence.test.ts).
//
// The ending rule (see ch6_need() and the stitch ch6_verdict): renewal needs the Soviets
// meter at or above a bar, with Bread >= 15 and Industry >= 35, and some reform in the
// 1980s (perestroika is not "neither"). The bar is 55, raised by 10 if glasnost and
// perestroika came at once (the essay: the party "might have handled" one, not both),
// by 5 if the terror of the 1930s taught the workers to keep out of politics, and lowered
// by 5 if the party kept open platforms. Checked first, the party-market ending (the Chinese
// road: markets under a party that keeps power) needs economy first, Party at or above
// ch6_party_need() (12; 7 after the Kosygin reform, +10 if the arms race was matched), Bread
// >= 15, Industry >= 30, and Soviets below the renewal bar + 15 (a working class that strong
// takes the markets over instead). Everything else ends in dissolution-1991.

// ---------------------------------------------------------------------------------------
// Flags set in this chapter (read here: later forks and the ending).
// ---------------------------------------------------------------------------------------

// after-stalin: the crimes of the Stalin years were denounced before the party (the Secret
// Speech, or the speculative fuller reckoning). Read by reform-1965 and perestroika (text:
// the Thaw generation, the "children of the Twentieth Congress").
VAR secret_speech = false

// reform-1965: "kosygin" (enterprise reform: history), "command" (command as before) or
// "self-management" (workers' councils on the Yugoslav model, speculative).
// Read by arms-race, perestroika and the ending (text and Soviets).
VAR reform = ""

// arms-race: the Soviet Union matched the American build-up of the 1980s (history).
// Read by perestroika and the ending (Bread, cynicism; text).
VAR arms_matched = false

// perestroika: "both" (glasnost and perestroika at once: history), "economy" (economic
// restructuring first, the Chinese road), "democracy" (democracy first) or "neither".
// Read by the ending rule and the epilogues.
VAR perestroika = ""

// Chapter-internal: which road was taken after Stalin ("speech", "orthodoxy", "further").
VAR ch6_destalin = ""

// The Party level the party-market ending needs: a party strong enough to free the markets
// and keep power (see the header).
=== function ch6_party_need() ===
~ return ch6_party_need_for(arms_matched)

=== function ch6_party_need_for(matched) ===
~ temp need = 12
{ reform == "kosygin":
    ~ need = need - 5
}
{ matched:
    ~ need = need + 10
}
~ return need

// The Soviets level a renewal needs (see the header).
=== function ch6_need() ===
~ return ch6_need_for(perestroika)

=== function ch6_need_for(choice) ===
~ temp need = 55
{ choice == "both":
    ~ need = need + 10
}
{ terror:
    ~ need = need + 5
}
{ open_platforms:
    ~ need = need - 5
}
~ return need

// The ending rule of 1991 for any meters (the verdict uses it with the path's own), so the
// ending watch lines (`# watch: yes`) can look ahead with it and never disagree with it.
=== function ch6_ending_of(choice, s, p, b, i, matched) ===
// Both hopeful endings need Bread >= 15 and Industry >= 30 (renewal 35): checked first.
{ b < 15 or i < 30:
    ~ return "dissolution-1991"
}
{ choice == "economy":
    { p >= ch6_party_need_for(matched) and s < ch6_need_for(choice) + 15:
        ~ return "party-market"
    }
}
{ choice != "neither" and i >= 35:
    { s >= ch6_need_for(choice):
        ~ return "renewal"
    }
}
~ return "dissolution-1991"

// Lookahead: the ending if `choice` is made at perestroika from these meters. Mirrors the
// options' changes and the party's loss in 1989.
=== function ch6_ending_if(choice, s, p, b, i, matched) ===
{ choice:
- "both":
    ~ s = soften(s, 14)
    ~ p = soften(p, -14)
    ~ b = soften(b, -8)
    ~ i = soften(i, -10)
    { open_platforms:
        ~ s = soften(s, 4)
    }
- "economy":
    ~ b = soften(b, 8)
    ~ i = soften(i, 7)
    ~ p = soften(p, 5)
    ~ s = soften(s, -4)
- "democracy":
    ~ s = soften(s, 16)
    ~ p = soften(p, -12)
    ~ b = soften(b, -4)
    ~ i = soften(i, -3)
    { open_platforms:
        ~ s = soften(s, 4)
    }
- else:
    ~ s = soften(s, -8)
    ~ b = soften(b, -6)
    ~ i = soften(i, -6)
    ~ p = soften(p, 4)
}
{ choice != "neither":
    ~ p = soften(p, -5)
}
~ return ch6_ending_of(choice, s, p, b, i, matched)

// Which of the two hopeful endings some choice at perestroika still reaches from these
// meters: 1 renewal, 2 party-market, 3 both, 0 neither.
=== function ch6_reach(s, p, b, i, matched) ===
~ temp economy = "dissolution-1991"
{ ch6_market_possible(s, p, b, i, matched) or ch6_renewal_possible(s, b, i):
    ~ economy = ch6_ending_if("economy", s, p, b, i, matched)
}
{ economy == "party-market":
    ~ return 2 + ch6_renews(s, p, b, i, matched)
}
{ economy == "renewal":
    ~ return 1
}
~ return ch6_renews(s, p, b, i, matched)

// Quick bounds that spare the lookahead where an ending is out of reach whatever is chosen:
// no choice at perestroika adds more than 20 Soviets, 8 Bread, 7 Industry or 5 Party, or
// takes more than 4 Soviets under the economy-first road (soften() only shrinks a change).
=== function ch6_renewal_possible(s, b, i) ===
~ return s + 20 >= ch6_need_for("democracy") and b + 8 >= 15 and i + 7 >= 35

=== function ch6_market_possible(s, p, b, i, matched) ===
~ return p + 5 >= ch6_party_need_for(matched) and s - 4 < ch6_need_for("economy") + 15 and b + 8 >= 15 and i + 7 >= 30

// 1 if glasnost and perestroika together, or democracy first, would bring a renewal.
=== function ch6_renews(s, p, b, i, matched) ===
{ not ch6_renewal_possible(s, b, i):
    ~ return 0
}
{ ch6_ending_if("both", s, p, b, i, matched) == "renewal" or ch6_ending_if("democracy", s, p, b, i, matched) == "renewal":
    ~ return 1
}
~ return 0

// The same from arms-race, if the race is matched ("match") or not: mirrors the options'
// changes and the fall of the oil price that opens perestroika.
=== function ch6_reach_after_arms(arms) ===
~ temp s = soviets
~ temp p = party
~ temp b = bread
~ temp i = industry
{ arms == "match":
    ~ i = soften(i, -8)
    ~ b = soften(b, -6)
    ~ s = soften(s, -5)
    { reform == "self-management":
        ~ s = soften(s, -3)
    }
- else:
    ~ i = soften(i, 5)
    ~ b = soften(b, 6)
    ~ p = soften(p, -4)
    ~ s = soften(s, 3)
}
~ b = soften(b, -4)
~ return ch6_reach(s, p, b, i, arms == "match")

// How close counts as near for the watch at perestroika when no hopeful ending is in reach.
CONST CH6_NEAR = 8


=== chapter6 ===
# chapter: 1953–1991: Thaw, Stagnation, Collapse
# year: 1953
# fork: after-stalin
# year: 1956
# date: March 1953 – February 1956
{ stalin_gensec:
    The man who ruled for a quarter of a century is embalmed and laid beside Lenin, and the men he left behind watch one another. Georgy Malenkov heads the government, Nikita Khrushchev the party secretariat, Vyacheslav Molotov the foreign ministry. Lavrenty Beria holds the police, and for three months he moves fastest of all: an amnesty that frees about a million and a quarter prisoners, mostly common criminals and short sentences{terror:; the "Doctors' Plot" declared a fabrication}{hitler_in_power:; talk of a neutral, united Germany}. The others fear what a policeman's reforms are for. On 26 June 1953 Marshal Zhukov and a group of generals arrest Beria at a meeting of the Presidium, and in December he is shot.
- else:
    In this story Stalin has been one leader among several since 1924, and the leadership goes on without him. Malenkov runs the government, Khrushchev the party's secretariat, Molotov the foreign ministry, and the police answer to them all. # speculative: yes
}
{ terror:
    ~ change("soviets", 3, "The camps begin to empty after 1953")
    The camps strike first. At Norilsk and Vorkuta in the summer of 1953 prisoners stop work and elect committees, and are shot down; at Kengir in 1954 tanks end a strike that lasted forty days. Then, quietly, commissions start to review cases. Prisoners come home by the hundred thousand, grey, silent, carrying the papers that say they were innocent all along, and sit down at kitchen tables across from the neighbours who denounced them.
}
Malenkov promises more consumer goods and cuts the peasants' taxes; Khrushchev pays more for their grain and sends young volunteers to plough the steppes of Kazakhstan and Siberia, the Virgin Lands.
~ change("land", 4, "Lower taxes and better grain prices for the collective farms")
~ change("bread", 18, "The Virgin Lands and better farm prices: farm output up by half in five years")
In the winter of 1955–56 a commission under Pyotr Pospelov counts the party's own dead. {terror:Its figures shock even the men who signed the lists: more than one and a half million arrested in 1937 and 1938, and nearly seven hundred thousand shot.|The count is smaller than it might have been, but every number in it is a name, and the party's name is on each order.} The Twentieth Party Congress opens in February 1956. What does the leadership tell it?
{
- ch3_trotsky_leads:
    In this story Trotsky led the party from 1924, and it was his Politburo that {terror:signed the lists of 1937, with Stalin's old secretariat and the Right among the names on them|drove the peasants into the collective farms and filled the camps}. There is no one man's cult to take the blame. Now the leadership must decide how much of that to own. # speculative: yes
- not stalin_gensec:
    In this story Stalin never ruled alone, but the leadership he sat in {terror:signed the lists of 1937|drove the peasants into the collective farms and filled the camps} together. Now it must decide how much of that to own, and how much to lay at the dead man's door. # speculative: yes
}
{ not stalin_gensec:
    Khrushchev, with Anastas Mikoyan beside him, argues that the truth will come out whether the party tells it or not: the prisoners are already home and talking. Better to say it from the rostrum, in a closed session, and say it as the crimes of the police, a betrayal of Lenin's norms, so that the party and the system come out clean. Then turn the country from fear to work: housing, consumer goods, peaceful coexistence with the West. # speculative: yes
- else:
    Khrushchev, with Anastas Mikoyan beside him, argues that the truth will come out whether the party tells it or not: the prisoners are already home and talking. Better to say it from the rostrum, in a closed session, and say it as the crimes of one man's cult of personality, a betrayal of Lenin's norms, so that the party and the system come out clean. Then turn the country from fear to work: housing, consumer goods, peaceful coexistence with the West.
}
{ not stalin_gensec:
    Molotov, Lazar Kaganovich and Kliment Voroshilov warn that to open the files is to put the whole leadership in the dock. In the end Malenkov joins them. Every signature on the lists is one of theirs, or of the men they sat beside. Say it, and {hitler_in_power:the people's democracies will shake, }the parties abroad will split, and Mao will call it treason to Marxism. # speculative: yes
- else:
    Molotov, Lazar Kaganovich and Kliment Voroshilov warn that to pull down the idol is to pull down the temple. In the end Malenkov joins them. Every achievement, the factories, the victory, the bomb, carries his name; so does every signature of theirs. Say it, and {hitler_in_power:the people's democracies will shake, }the parties abroad will split, and Mao, who will insist that the dead man's merits far outweighed his errors, will call it treason to Marxism.
}
{ hitler_in_power:
    Further off, and more dangerous, are the voices that say Khrushchev does not go far enough. In Belgrade, Tito and his theorist Edvard Kardelj argue that {not stalin_gensec:the terror|the cult} was the fruit of a system, a bureaucracy above the workers, and only workers' democracy will stop it growing back. In Moscow, students and the writers of the Thaw ask the same question in their own words: if {not stalin_gensec:the police|one man} did all this, what were the rest of you doing?
- else:
    Further off, and more dangerous, are the voices that say Khrushchev does not go far enough. In this story Yugoslavia never became a communist state, but its underground communists, Josip Broz Tito and Edvard Kardelj among them, argue that {not stalin_gensec:the terror|the cult} was the fruit of a system, a bureaucracy above the workers, and only workers' democracy will stop it growing back. # speculative: yes
    In Moscow, students and the writers of the Thaw ask the same question in their own words: if {not stalin_gensec:the police|one man} did all this, what were the rest of you doing?
}
{ stalin_gensec:
    March 1953. Stalin is dead, and the men he left behind watch one another. Georgy Malenkov heads the government and Nikita Khrushchev the party. Lavrenty Beria, the police chief, moves fastest, until the others have him arrested in June and shot in December. # short: yes
- else:
    March 1953. Stalin, in this story one leader among several since 1924, is dead. Georgy Malenkov runs the government and Nikita Khrushchev the party. # speculative: yes # short: yes
}
{ terror:
    Prisoners strike in the camps, and commissions start to review cases. Prisoners come home by the hundred thousand, carrying papers that say they were innocent all along. # short: yes
}
{terror:A commission counts the party's own dead: more than one and a half million arrested in 1937 and 1938, and nearly seven hundred thousand shot.|A commission counts the party's own dead, and the party's name is on each order.} The Twentieth Party Congress opens in February 1956. What does the leadership tell it? # short: yes
{ not stalin_gensec:
    Khrushchev, with Anastas Mikoyan, argues that the truth will come out anyway. Say it in a closed session, as the crimes of the police, so that the party and the system come out clean. # speculative: yes # short: yes
- else:
    Khrushchev, with Anastas Mikoyan, argues that the truth will come out anyway. Say it in a closed session, as the crimes of one man's cult of personality, so that the party and the system come out clean. # short: yes
}
{ not stalin_gensec:
    Molotov, Kaganovich and Voroshilov warn that to open the files is to put the whole leadership in the dock: every signature on the lists is one of theirs. # speculative: yes # short: yes
- else:
    Molotov, Kaganovich and Voroshilov warn that to pull down the idol is to pull down the temple. Every achievement carries the dead man's name, and so does every signature of theirs. # short: yes
}
{ hitler_in_power:
    In Belgrade, Tito and Edvard Kardelj say {not stalin_gensec:the terror|the cult} grew out of a system, a bureaucracy above the workers. Students and writers in Moscow ask: if {not stalin_gensec:the police|one man} did all this, what were the rest of you doing? # short: yes
- else:
    The Yugoslav underground communists Josip Broz Tito and Edvard Kardelj say {not stalin_gensec:the terror|the cult} grew out of a system, a bureaucracy above the workers. # speculative: yes # short: yes
    Students and writers in Moscow ask: if {not stalin_gensec:the police|one man} did all this, what were the rest of you doing? # short: yes
}
* [Denounce the {not stalin_gensec:terror|cult} in a secret speech and release the prisoners # option: secret-speech # advocates: Khrushchev, Mikoyan # historical: yes]
    ~ secret_speech = true
    ~ ch6_destalin = "speech"
    ~ change("soviets", 10, "The Secret Speech: fear begins to lift")
    ~ change("party", -5, "The old guard tries to oust Khrushchev")
    ~ change("world", -8, "The split with Mao; foreign communists shaken")
    ~ change("industry", 3, "Sputnik and the Thaw's optimism")
    On 25 February 1956, in a closed session, Khrushchev speaks for four hours. Delegates sit in silence; some faint. Within weeks the speech is read aloud at party meetings across the country, and by June the Americans have printed it.
    {
    - not hitler_in_power:
        Abroad, the communist parties split over the speech, and thousands of their members leave them. # speculative: yes
    - postwar == "tito":
        In the people's democracies, which have gone their own way since the war, the speech is read as vindication: Moscow has at last admitted what they left behind. # speculative: yes
    - else:
        In Poland the workers of Poznań rise in June, and in October the party brings back Władysław Gomułka, jailed from 1951 to 1954, and faces Khrushchev down. In Hungary a student march on 23 October becomes a revolution; Imre Nagy announces that Hungary will leave the Warsaw Pact. On 4 November Soviet tanks crush Budapest. # marker: hungary: 4 November 1956: Soviet tanks in Budapest
        ~ lose(3200, "Hungary, 1956: about 2,500 Hungarians and 700 Soviet soldiers killed")
    }
    In June 1957 Molotov, Malenkov and Kaganovich win a majority in the Presidium. They mean to remove Khrushchev. He appeals to the Central Committee, Zhukov's aircraft fly its members in, and the "Anti-Party Group" loses. Its leaders are sent to run a power station, a potash works and an embassy in Mongolia. They are not shot. {terror:For the first time in a generation, the losers of a fight at the top live.}
    { officer_purge:
        In 1957 Marshal Tukhachevsky and the commanders shot with him in 1937 are quietly rehabilitated.
    }
    Mao does not forgive the speech. In 1960 Moscow pulls its engineers out of China, and the two parties trade accusations of "revisionism" and "dogmatism" before the world. # map: china=independent # marker: china: 1960: the Sino-Soviet split
* [Keep to orthodoxy: no speech, the leadership's collective authority, slow releases # option: orthodoxy # advocates: Molotov, Kaganovich, Malenkov, Voroshilov]
    ~ ch6_destalin = "orthodoxy"
    ~ change("soviets", -6, "Silence about the terror: fear stays")
    ~ change("party", 4, "The leadership closes ranks")
    ~ change("world", 3, "Mao and the foreign parties stay loyal")
    ~ change("industry", 4, "Heavy industry first, as before")
    ~ change("bread", -3, "Consumer goods put off again")
    The Congress hears reports on steel and the Sixth Five-Year Plan. The dead man's portraits stay on the walls, a little smaller. Prisoners are still released, case by case, but no one tells the country why they were taken, and the camps close slowly, over a decade rather than three years. # speculative: yes
    { terror:
        ~ lose(30000, "Deaths in camps kept open longer (estimate)")
        The game estimates that some thirty thousand more prisoners die in camps that stay open longer. # speculative: yes
    }
    Khrushchev is voted out of the secretariat in 1957 and sent to run a province. Mao, who has {stalin_gensec:a cult of his own|his own cult} to protect, stays Moscow's ally for now; the Chinese engineers keep their Soviet advisers. # speculative: yes
    { hitler_in_power and postwar != "tito":
        Eastern Europe stays frozen. There is no Hungarian revolution in 1956, only strikes put down in Poland and a silence that everyone can hear. # speculative: yes
    }
* [Go further: publish the truth, rehabilitate every victim, and let the soviets elect their own # option: go-further # advocates: Tito, Kardelj, the students and writers of the Thaw]
    ~ secret_speech = true
    ~ ch6_destalin = "further"
    ~ change("soviets", 12, "The crimes named in public; soviet elections with several candidates")
    ~ change("party", -14, "The old guard fights; the party divided")
    ~ change("world", -8, "Mao breaks with Moscow; the Western parties split")
    ~ change("land", 3, "Collective farmers allowed to elect their own chairmen")
    ~ change("bread", 2, "Farmers who elect their chairmen grow more")
    The speech is printed in Pravda, not read behind closed doors. The Pospelov figures go on every noticeboard, the victims are rehabilitated by name{terror:, Bukharin and Rykov among them}, and in the local soviet elections of 1957 the ballot paper carries more than one name. # speculative: yes
    The old guard tries to remove the First Secretary and loses, in the open, before a Central Committee whose debate is printed. # speculative: yes
    { hitler_in_power and postwar != "tito":
        When Hungary boils over in October, Moscow bargains instead of shooting: Nagy stays in power, Hungary stays in the Pact, as Gomułka's Poland does. It is a near thing. # speculative: yes # marker: hungary: October 1956: a Hungarian compromise
    }
    Mao calls it a betrayal of the dictatorship of the proletariat, and the split comes sooner and harder than it did in history. # speculative: yes # map: china=independent # marker: china: 1958: the Sino-Soviet split
-
# history: The Thaw and the Secret Speech, 1953–1960
Khrushchev's secret speech of 25 February 1956 blamed the terror on Stalin alone, and was not published in the Soviet Union until 1989. The camps emptied: about 2.5 million prisoners in 1953, under 800,000 three years later. In November 1956 Soviet tanks crushed the Hungarian revolution. In 1957 Molotov and his allies failed to remove Khrushchev. # short: yes
Beria was arrested on 26 June 1953 and shot in December. Khrushchev gave his speech "On the Cult of Personality and Its Consequences" to a closed session of the Twentieth Congress on 25 February 1956. It blamed the terror on Stalin alone, said little of the millions deported or starved, and was not published in the Soviet Union until 1989. Tito answered in November 1956 that the cult was "a product of a system".
The camps emptied: about 2.5 million prisoners in camps and colonies in early 1953, under 800,000 three years later, and millions of deported "special settlers" freed by 1958. The Hungarian revolution was crushed after 4 November 1956: about 2,500 Hungarians and some 700 Soviet soldiers were killed, Nagy was hanged in 1958, and about 200,000 Hungarians fled. In June 1957 Molotov, Malenkov and Kaganovich were defeated as the "Anti-Party Group". Soviet experts left China in July 1960, and the quarrel came to border fighting on the Ussuri in 1969.
-> reform_1965

= reform_1965
# fork: reform-1965
# year: 1965
# date: 1962 – September 1965
~ change("army", -8, "The army cut by over two million men in 1955–58: rockets instead of divisions")
{ ch6_destalin == "orthodoxy":
    Molotov's decade has been a quieter one. Sputnik still goes up on 4 October 1957 and Yuri Gagarin on 12 April 1961, but the new flats are fewer, the camps close slowly, and the world stays frozen. # speculative: yes
- else:
    The Khrushchev decade has been loud. Sputnik went up on 4 October 1957 and Yuri Gagarin on 12 April 1961; millions of families have left barracks and shared rooms for small flats of their own. Then the Virgin Lands blew away in dust storms, and in October 1962 the missiles in Cuba brought the world to the edge of nuclear war.
}
{ ch6_destalin != "further":
    In June 1962 meat and butter prices rose by a quarter and more, and at Novocherkassk the workers of the locomotive works marched on the party building. Troops fired into the crowd: 26 were killed, and seven more were later sentenced to death. The workers' state had shot its workers again, and kept it secret for a quarter of a century.
    ~ lose(33, "Novocherkassk, 1962: 26 shot in the square, seven executed later")
    ~ change("soviets", -3, "The shooting at Novocherkassk")
}
{ collectivization:
    ~ change("bread", -3, "The collective farms never recovered: grain bought abroad from 1963")
    After the poor harvest of 1963, the country that was once Europe's granary buys grain from Canada and the United States. The collective farms, broken in 1930, have never recovered.
}
{ ch6_destalin == "orthodoxy":
    In 1964 the old men of 1957 make way for younger ones: Leonid Brezhnev takes the party, Alexei Kosygin the government. # speculative: yes
- else:
    In October 1964 the Central Committee retires Khrushchev for "hare-brained schemes". Leonid Brezhnev takes the party, Alexei Kosygin the government.
}
The question nobody has settled waits on Kosygin's desk. The economy that built the tanks of {hitler_in_power:1943|the war} is now too big to run from Moscow: tens of millions of products, every factory judged by its gross output, often by weight, and the joke in Krokodil is of a nail works that meets its plan in tonnage with one giant nail. Growth is slowing. What should judge a factory?
Evsei Liberman, an economist from Kharkov, answered in Pravda in September 1962: profit and sales. Let the plan set a few targets and let each enterprise keep part of its profit for bonuses and investment; judge it by what it sells, not what it piles up. Kosygin takes up the idea: fewer indicators, more freedom for managers, ministries to replace Khrushchev's regional councils.
The planners of Gosplan and the branch ministries, and many in the Presidium around Brezhnev, warn that profit is a capitalist's word. Fixed prices will make it meaningless, managers will chase what pays instead of what the country needs{hitler_in_power:, and in Czechoslovakia, where the economist Ota Šik argues the same, the talk is already turning to markets and freedom of the press}. Keep the plan, tighten the discipline, and let steel and oil do the rest.
{ hitler_in_power:
    From Belgrade comes a third answer, the one Yugoslavia has tried since 1950: give the factories to those who work in them. Elected workers' councils hire the managers and share the income; enterprises trade with one another on a market; the state keeps the banks and the big investments. It is socialism run from below, its advocates say, and the only cure for a bureaucracy that stands over the workers.
- else:
    A third answer comes from the Yugoslav communist Edvard Kardelj, in this story a theorist without a state, and from the party's own left, who remember the factory committees of 1917: give the factories to those who work in them. Elected workers' councils hire the managers and share the income; enterprises trade with one another on a market; the state keeps the banks and the big investments. It is socialism run from below, its advocates say, and the only cure for a bureaucracy that stands over the workers. # speculative: yes
}
{ hitler_in_power and postwar == "tito":
    In this story Eastern Europe has been free to choose its roads since 1945, and several of the people's democracies already run their factories through workers' councils. # speculative: yes
}
{ ch6_destalin == "orthodoxy":
    The quiet decade after 1956 has brought Sputnik and Yuri Gagarin's flight into space, but the camps close slowly and the world stays frozen. # speculative: yes # short: yes
- else:
    The Khrushchev decade has been loud: Sputnik in 1957, Yuri Gagarin in space in 1961, millions of families in small flats of their own, and in 1962 the missiles in Cuba. # short: yes
}
{ ch6_destalin != "further":
    In June 1962 troops fired on striking workers at Novocherkassk: 26 were killed, and seven more were later sentenced to death. # short: yes
}
{ ch6_destalin == "orthodoxy":
    In 1964 Leonid Brezhnev takes the party and Alexei Kosygin the government. # speculative: yes # short: yes
- else:
    In October 1964 Khrushchev is retired, and Leonid Brezhnev takes the party and Alexei Kosygin the government. # short: yes
}
The economy that built the tanks of the war is now too big to run from Moscow. Every factory is judged by its gross output, often by weight, and growth is slowing. What should judge a factory? # short: yes
The economist Evsei Liberman answers: profit and sales. Kosygin takes up the idea: fewer targets from the plan, more freedom for managers. # short: yes
The planners of Gosplan and the ministries warn that profit is a capitalist's word: keep the plan and tighten the discipline. # short: yes
{ hitler_in_power:
    From Yugoslavia comes a third answer: give the factories to elected workers' councils. # short: yes
- else:
    A third answer comes from the Yugoslav communist Edvard Kardelj, in this story a theorist without a state: give the factories to elected workers' councils. # speculative: yes # short: yes
}
{ hitler_in_power and postwar == "tito":
    In this story several of the people's democracies already run their factories that way. # speculative: yes # short: yes
}
* [The Kosygin reform: profit, sales and bonuses for the enterprise # option: kosygin-reform # advocates: Kosygin, Liberman # historical: yes]
    ~ reform = "kosygin"
    ~ change("industry", 6, "Kosygin's reform: the best five years of growth since the war")
    ~ change("bread", 6, "Higher farm prices, grain imports and more consumer goods")
    ~ change("party", 2, "Brezhnev's stability of cadres")
    In September 1965 the Central Committee adopts the reform, and by 1970 most of industry works under it. The Eighth Five-Year Plan, 1966–70, is the best of the post-war decades. Then the reform runs into the men it was meant to free the factories from. The ministries add back the indicators one by one; the prices stay fixed in Moscow; a manager who makes a profit sees it skimmed off for next year's plan.
    ~ change("soviets", -6, "Stagnation: special shops for the few, black markets for the rest")
* [Command as before: the plan, the ministries and discipline # option: command # advocates: Gosplan, the branch ministries, Brezhnev's Presidium]
    ~ reform = "command"
    ~ change("industry", 2, "Oil and steel keep the plan going")
    ~ change("bread", -4, "Shortages of everything the plan forgets")
    ~ change("party", 3, "No quarrel over reform")
    ~ change("soviets", -8, "Stagnation: special shops for the few, black markets for the rest")
    The plan stays as it is. Liberman goes back to Kharkov and the word "profit" back to the textbooks about capitalism. For a few years the country hardly notices: oil from Western Siberia comes on stream, and the old machine still turns. # speculative: yes
* [Workers' self-management: elected councils run the enterprises # option: self-management # advocates: Kardelj, Tito (the Yugoslav model)]
    ~ reform = "self-management"
    ~ change("party", -10, "Ministries and party committees lose their factories")
    ~ change("bread", 2, "Enterprises trade; food and goods reach the shops")
    ~ change("industry", -6, "Councils vote wages and flats before investment; the weakest plants close")
    ~ change("world", 4, "The reform wins friends among socialists abroad")
    { terror:
        ~ change("soviets", 8, "Workers' councils elected, though many are afraid to speak")
    - else:
        ~ change("soviets", 12, "Workers' councils elected in every enterprise")
    }
    { hitler_in_power and postwar == "tito":
        ~ change("soviets", 3, "Eastern Europe's councils show the way")
    }
    From 1966 every enterprise elects a council, and the councils hire the directors. The meetings are long and often dull, and managers still write most of the agenda. But workers vote on wages and housing, and a bad director can lose his job to a show of hands. # speculative: yes
    {terror:The older workers sit at the back and say little. They remember what happened to people who spoke up in 1937.|Meetings are loud, and people speak their minds.} # speculative: yes
    {hitler_in_power:The Yugoslav costs come too|The costs come too, as Kardelj warned}: richer plants and richer republics pull ahead, some factories would rather not hire than share the income, and the first unemployed since 1930 queue at the labour exchanges. # speculative: yes
-
{
- not hitler_in_power:
    In this story Europe was never split into two camps, and Moscow has no garrisons in Central Europe. The year 1968 belongs to the students of Paris, and Moscow watches it from afar. # speculative: yes
- reform != "self-management" and postwar != "tito":
    In Prague, Alexander Dubček's "socialism with a human face" lifts censorship in the spring of 1968. On the night of 20–21 August, Soviet, Polish, Hungarian and Bulgarian troops invade Czechoslovakia. On Red Square a handful of protesters unfurl a banner "For your freedom and ours" and are beaten and arrested within minutes. # marker: czechoslovakia: 21 August 1968: the Prague Spring crushed
    ~ lose(137, "Czechoslovaks killed in the 1968 invasion")
    ~ change("world", -5, "Prague 1968: the Western parties turn away")
- postwar == "tito":
    Czechoslovakia has gone its own road since 1948, with no Soviet garrison on its soil, and in 1968 there is no Prague Spring for Moscow to crush: its reforms are Prague's own business. In Moscow the talk of 1968 is of Paris and its students. # speculative: yes
- else:
    In Prague, Alexander Dubček's "socialism with a human face" lifts censorship in the spring of 1968. A Moscow that runs its own factories through elected councils has less reason to fear it: there are angry telegrams, but no tanks. # speculative: yes # marker: czechoslovakia: 1968: the Prague Spring lives
}
# history: The Kosygin reform and the Prague Spring, 1962–1972
Kosygin's reform of 1965 judged factories by sales and profit, and growth improved for a few years. Then the ministries took control back, and by the early 1970s the reform was dead. In August 1968 Warsaw Pact troops crushed the Prague Spring. Under Brezhnev came stability and flats, but also what Gorbachev later called the "era of stagnation". # short: yes
Liberman's article "Plan, Profit, Bonuses" appeared in Pravda on 9 September 1962. Khrushchev was removed on 14 October 1964. In September 1965 the Central Committee adopted Kosygin's reform: sales and profit instead of gross output, fewer planned indicators, bonus funds from profit, and the ministries restored. Growth in 1966–70 was the best of the post-war decades, but the ministries clawed back control, prices stayed fixed, and by the early 1970s the reform was a dead letter. Oil from Western Siberia, and the price rises of 1973, let the leadership stop trying.
The Prague Spring was ended by the invasion of 20–21 August 1968; Czech historians count 137 Czechoslovaks killed by the end of that year. The Brezhnev years brought stability, pensions and flats, and also what Gorbachev later called the "era of stagnation": special shops and rations for the party elite, the black market and favours for everyone else, and a saying in every workplace: they pretend to pay us, and we pretend to work. The essay sees here the cynicism that left the state without defenders.
Yugoslavia's self-management, from its law of 1950, gave workers' councils real votes, but also unemployment, hundreds of thousands of workers gone abroad to find jobs, regional inequality, inflation and, by 1981, about twenty billion dollars of foreign debt.
-> arms_race

= arms_race
# fork: arms-race
# year: 1983
# date: December 1979 – March 1983
// The moment's own changes come first, so the lookahead below sees them (it runs here,
// after the tags, where ink is not looking past a line end and the work is done once).
~ change("bread", 10, "Oil money buys grain and meat abroad: the best-fed decade")
{ reform != "self-management":
    ~ change("party", -8, "Old men in the same posts; corruption in the republics")
}
~ temp reach_match = ch6_reach_after_arms("match")
~ temp reach_step = ch6_reach_after_arms("step")
~ temp closes_renewal = reach_step mod 2 == 1 and reach_match mod 2 == 0
~ temp closes_market = reach_step >= 2 and reach_match < 2
~ temp opens_renewal = reach_match mod 2 == 1 and reach_step mod 2 == 0
~ temp opens_market = reach_match >= 2 and reach_step < 2
In the 1970s oil from Western Siberia, its price quadrupled by the crisis of 1973, pays for grain and meat bought abroad, and the shops are the fullest the country has known. At the top the same men grow old in the same posts, and in Uzbekistan and Georgia party chiefs run their republics like private estates.
On 25 December 1979 Soviet troops cross into Afghanistan to rescue a communist government at war with its own countryside; two days later special forces storm the palace in Kabul and kill its leader, Hafizullah Amin, and install a more pliant one. The decision was taken by four old men. Two were Brezhnev and the defence minister Dmitry Ustinov. The others were Yuri Andropov of the KGB and Andrei Gromyko. The chief of the General Staff, Nikolai Ogarkov, argued against it and was overruled. By 1983 more than a hundred thousand Soviet soldiers are fighting a war of ambushes in the mountains, and zinc coffins are coming home to towns that are told nothing.
{ hitler_in_power and postwar != "tito":
    In Poland, in August 1980, the shipyard workers of Gdańsk formed Solidarity, a free trade union that soon had ten million members; General Jaruzelski crushed it with martial law in December 1981. A workers' movement against a workers' state: the men in Moscow understood the danger, and not the lesson.
}
In Washington, Ronald Reagan has begun the largest peacetime military build-up in American history. On 8 March 1983 he calls the Soviet Union an "evil empire"; on 23 March he announces a Strategic Defence Initiative, a shield of lasers and interceptors in space that the newspapers call Star Wars. American Pershing missiles, minutes' flight from the western Soviet Union, are to be based in {hitler_in_power:West Germany|Western Europe} before the year is out. Brezhnev is dead; Andropov, the new General Secretary, is dying of kidney failure.
{ postwar == "press":
    ~ change("world", -3, "The Cold War has been harder since the 1940s")
    The Cold War has been harder since Moscow pressed for more in the 1940s, and the West's build-up, and its suspicion, started earlier. # speculative: yes
}
{ reform == "command":
    The economy that must answer is the old command economy, already slowing to a crawl. # speculative: yes
}
{ reform == "self-management":
    The economy that must answer is run by councils of workers who would rather build flats than missiles. # speculative: yes
}
{patriotic_war and hitler_in_power:Ustinov, who ran the arms factories through the Great Patriotic War,|Ustinov, who ran the arms factories through the war,} Marshal Ogarkov and Gromyko say there is no choice. Every American system must be met, missile for missile: parity is what the war generation paid for, and a country that falls behind will be blackmailed. Afghanistan cannot be abandoned with the world watching. The defence industry, the best-run part of the economy, is ready.
The physicists Yevgeny Velikhov and Roald Sagdeev, who know what lasers can and cannot do, and Georgy Arbatov of the Institute of the USA and Canada, argue the opposite. The shield will never work; a few cheap decoys will beat it. The arms race is the one contest the United States, twice as rich, is sure to win. Step out: answer Star Wars cheaply, bring the soldiers home from Kabul, offer deep cuts in missiles, and spend the money on housing, food and machines.
How much is the country spending already? No one in Moscow can say. The official budget admits a few percent of output; Western estimates of the real burden run from about 15 to 25 percent, and some later Russian ones higher still.
On 25 December 1979 Soviet troops cross into Afghanistan to rescue a communist government at war with its own countryside. By 1983 more than a hundred thousand Soviet soldiers are fighting a war of ambushes, and zinc coffins are coming home. # short: yes
{ hitler_in_power and postwar != "tito":
    In Poland the shipyard workers of Gdańsk founded a free trade union, Solidarity, in 1980; martial law crushed it in December 1981. # short: yes
}
In 1983 the American president Ronald Reagan calls the Soviet Union an "evil empire" and announces a shield against missiles in space, which the newspapers call Star Wars. American missiles are to be based in {hitler_in_power:West Germany|Western Europe}. # short: yes
{ reform == "self-management":
    The economy that must answer is run by workers' councils who would rather build flats than missiles. # speculative: yes # short: yes
}
The defence minister Dmitry Ustinov, Marshal Nikolai Ogarkov and the foreign minister Andrei Gromyko say: match every American system, missile for missile, and hold on in Afghanistan. # short: yes
The physicists Yevgeny Velikhov and Roald Sagdeev, with Georgy Arbatov, say the shield will never work, and the arms race is one the richer United States is sure to win. Step out, bring the soldiers home, and spend the money on housing and food. # short: yes
{ closes_renewal or closes_market:
    Matching the Americans missile for missile would drain the shops and the factories and close the road to {closes_renewal:a renewal of the Union}{closes_renewal and closes_market: and to }{closes_market:a market under the party's rule} in 1991. Stepping out of the race keeps {closes_renewal and closes_market:them|it} open. # watch: yes
}
{ opens_renewal or opens_market:
    Stepping out of the race would close the road to {opens_renewal:a renewal of the Union}{opens_renewal and opens_market: and to }{opens_market:a market under the party's rule} in 1991. Matching the Americans keeps {opens_renewal and opens_market:them|it} open. # watch: yes
}
* [Match it: parity at any cost, and hold on in Afghanistan # option: match-it # advocates: Ustinov, Ogarkov, Gromyko # historical: yes]
    ~ arms_matched = true
    ~ change("army", 8, "New missiles, tanks and ships: parity kept")
    ~ change("industry", -8, "The arms race drains the factories")
    ~ change("bread", -6, "Guns before butter: the shops empty")
    ~ change("soviets", -5, "Zinc coffins and empty shops: cynicism")
    ~ change("world", -4, "The war in Afghanistan isolates Moscow")
    ~ lose(15000, "Soviet soldiers killed in Afghanistan, 1979–1989")
    ~ lose(1000000, "Afghans killed in the war of 1979–89 (estimate: from about 0.9 million in Khalidi's demographic count to 2 million)")
    The Soviet Union answers the Pershings with more SS-20s and walks out of the Geneva arms talks in November 1983. On 1 September 1983 a fighter shoots down a Korean airliner that has strayed over Sakhalin, killing all 269 people aboard.
    ~ lose(269, "Korean Air Lines flight 007, shot down on 1 September 1983")
    In November a {hitler_in_power:NATO|Western} exercise called Able Archer convinces parts of the KGB that an American first strike may be coming. The war in Afghanistan grinds on for another five years. Soviet bombers and helicopters empty whole valleys; by 1989 some five million Afghans have fled abroad, and perhaps a million are dead. # marker: afghanistan: 1979–1989: the Afghan war
    { reform == "self-management":
        The workers' councils are told that the defence orders come first. Many of them stop believing that the councils decide anything at all. # speculative: yes
        ~ change("soviets", -3, "Defence orders overrule the workers' councils")
    }
* [Step out: answer Star Wars cheaply, leave Afghanistan, offer deep cuts # option: step-out # advocates: Velikhov, Sagdeev, Arbatov]
    ~ change("army", -8, "Fewer new weapons; the generals protest")
    ~ change("industry", 5, "Defence plants turned to civilian goods")
    ~ change("bread", 6, "Money for food and consumer goods")
    ~ change("world", 6, "Arms talks and withdrawal win friends")
    ~ change("party", -4, "The military and the defence ministries resist")
    ~ change("soviets", 3, "The soldiers come home")
    ~ lose(9000, "Soviet soldiers killed in Afghanistan before the withdrawal (estimate)")
    ~ lose(700000, "Afghans killed in the war before the Soviet withdrawal (estimate: the heaviest years, 1980–85, without those after)")
    Andropov's successors announce a withdrawal from Afghanistan over eighteen months and a freeze on new missiles in Europe. The answer to Star Wars is a few hundred decoys and a great deal of scepticism, which turns out to be justified. # speculative: yes # marker: afghanistan: 1985: the Soviet withdrawal (speculative)
    The generals grumble, and some of them are retired. The Afghan government does not long survive the withdrawal, and the civil war goes on without Soviet soldiers in it. The game estimates the Soviet dead at about nine thousand, some six thousand fewer than history's toll, and the Afghan dead of the Soviet war at some seven hundred thousand. # speculative: yes
-
# history: The second Cold War, 1979–1989
About 620,000 Soviet soldiers served in Afghanistan, and about 15,000 were killed. Afghan deaths are estimated at one to two million. The Soviet Union kept pace with the American build-up until 1985. Then Gorbachev stepped out: missiles were scrapped, and the last Soviet soldiers left Afghanistan in February 1989. # short: yes
The Politburo's inner circle decided on the invasion of Afghanistan on 12 December 1979. About 620,000 Soviet soldiers served there; about 15,000 were killed (the official count of the army alone was 13,833, later revised up), and many more came home wounded or addicted. Afghan deaths in 1979–89 are estimated at between about 0.9 million (Noor Ahmad Khalidi's demographic study of 1991) and 2 million, most of them civilians, with some five million refugees. By its rule of counting the dead of the Soviet state's own wars, the game counts 1 million Afghans as well as the Soviet dead; the civil war that began before the invasion and went on after it is not counted.
Through the early 1980s the Soviet Union kept pace with the American build-up in missiles and conventional forces, though it answered SDI itself largely with cheaper countermeasures, as Velikhov and Sagdeev urged. After 1985 Gorbachev stepped out: the INF Treaty of December 1987 scrapped a whole class of missiles, he announced a cut of 500,000 troops at the United Nations in December 1988, and the last Soviet soldiers left Afghanistan on 15 February 1989.
-> perestroika_fork

= perestroika_fork
# fork: perestroika
# year: 1987
# date: March 1985 – January 1987
~ change("bread", -4, "The oil price halves in 1986; less money for imports")
// The ending watch's lookahead: the ending each choice here leads to (see ch6_ending_if),
// worked out right after the tags, where ink is not looking past the end of a line.
~ temp economy = "dissolution-1991"
{ ch6_market_possible(soviets, party, bread, industry, arms_matched) or ch6_renewal_possible(soviets, bread, industry):
    ~ economy = ch6_ending_if("economy", soviets, party, bread, industry, arms_matched)
}
~ temp market = economy == "party-market"
~ temp renew_economy = economy == "renewal"
~ temp renew_both = false
~ temp renew_democracy = false
{ ch6_renews(soviets, party, bread, industry, arms_matched):
    ~ renew_both = ch6_ending_if("both", soviets, party, bread, industry, arms_matched) == "renewal"
    ~ renew_democracy = ch6_ending_if("democracy", soviets, party, bread, industry, arms_matched) == "renewal"
}
~ temp renew = renew_both or renew_democracy or renew_economy
~ temp near = 0
{ not market and not renew:
    ~ near = ch6_reach(soviets + CH6_NEAR, party + CH6_NEAR, bread + CH6_NEAR, industry + CH6_NEAR, arms_matched)
}
After three funerals in three years, Brezhnev's in 1982, Andropov's in 1984 and Konstantin Chernenko's in March 1985, the Politburo turns on 11 March 1985 to its youngest member. Mikhail Gorbachev is fifty-four, the son of collective farmers from Stavropol, a law graduate of Moscow University who came of age {ch6_destalin == "orthodoxy":in the 1950s|in the Thaw}. {secret_speech:He belongs to the generation that was young when the Secret Speech was read, the "children of the Twentieth Congress".}
In May 1985 he and Yegor Ligachev open a campaign against drink: vodka rationed and dearer, vineyards grubbed up, weddings held dry. Deaths from drink fall, and so do the state's takings from vodka.
On 26 April 1986 the fourth reactor at Chernobyl, in Ukraine, explodes during a safety test. For two days Moscow says nothing; the town of Pripyat is evacuated only after thirty-six hours, and May Day parades go ahead in Kiev under the drifting cloud. Firemen and plant workers die of radiation in the Moscow hospitals. Gorbachev speaks on television only on 14 May. # marker: ukraine: 26 April 1986: Chernobyl
~ lose(31, "Chernobyl: the first deaths, 1986")
{ arms_matched:
    The country he inherits is spending a quarter of its strength on arms, fighting a war in Afghanistan, and feeding itself with imported grain paid for with oil that is now worth half what it was.
- else:
    The country he inherits has stepped back from the arms race and brought its soldiers home, but its factories still work by the old rules, and the oil that paid for its grain is worth half what it was. # speculative: yes
}
{ reform == "self-management":
    Its factories have been run by elected councils for twenty years, with all the arguments and all the unemployment that has meant. # speculative: yes
}
Chernobyl has shown what secrecy costs. In December 1986 Gorbachev telephones Andrei Sakharov, exiled in Gorky (today Nizhny Novgorod) since 1980, and lets him come home to Moscow. By January 1987 the question before the Central Committee is how far and how fast to change.
Gorbachev, with Alexander Yakovlev and Eduard Shevardnadze, wants both at once. Glasnost: open the archives and the newspapers, let the crimes and the failures be named. Perestroika: free the enterprises from the ministries, let co-operatives trade, let competitive elections wake up a party that has gone to sleep. Without openness, they say, the bureaucracy will smother every reform{reform == "kosygin":, as it smothered Kosygin's}. Boris Yeltsin, the new Moscow party boss, wants the same, faster, and says so.
Nikolai Ryzhkov at the head of the government, and Yegor Ligachev, second in the party, want the economy first and the doors kept shut for now. Acceleration was the watchword of 1985: new machines for the old plants, discipline at work, and more say for the enterprises over what they make, under a party that keeps every lever. Ryzhkov would reform by stages and leave prices to the last; Ligachev wants no market at all. Open the press in a country with empty shops, {hitler_in_power:fifteen|eleven} republics and more than a hundred nationalities, they warn, and the shops and the nationalities will bring the whole building down. Beyond the border, China shows where an economy-first road can lead: Deng Xiaoping freed the peasants in 1978 and let markets grow while the party kept its grip, and the harvests rose by a third.
Sakharov, back in Moscow, puts democracy first: free every prisoner of conscience, end the censorship, and let people elect their deputies from a real choice. The economy can be rebuilt once the people who do the work have a say in it, and not before.
And there are still men who say: change nothing. Viktor Grishin and Grigory Romanov were passed over in 1985 and pushed out within a year, but their view did not lose its friends. Discipline, as under Andropov, and the system that won the war will hold.
{ factions_banned:
    No open platform has been allowed in the party since 1921. Whatever you decide will be argued out, for the first time in sixty-six years, in public. # speculative: yes
}
{ open_platforms:
    The party has argued in open platforms since the 1920s; its members know how to disagree without splitting. # speculative: yes
}
On 11 March 1985, after three funerals in three years, the Politburo turns to its youngest member. Mikhail Gorbachev is fifty-four, a collective farmers' son who came of age {ch6_destalin == "orthodoxy":in the 1950s|in the Thaw}. # short: yes
On 26 April 1986 a reactor explodes at Chernobyl in Ukraine. For days Moscow says nothing. # short: yes
{ arms_matched:
    The country spends a huge share of its strength on arms, fights in Afghanistan, and buys grain with oil now worth half what it was. # short: yes
- else:
    The country has stepped back from the arms race, but its factories work by the old rules, and its oil is worth half what it was. # speculative: yes # short: yes
}
Chernobyl has shown what secrecy costs. By January 1987 the question is how far and how fast to change. # short: yes
Gorbachev, with Alexander Yakovlev and Eduard Shevardnadze, wants openness, glasnost, and restructuring, perestroika, at once: open the newspapers and the archives, free the enterprises, and hold competitive elections in the party. Boris Yeltsin, the Moscow party boss, wants the same, faster. # short: yes
Others, led by the head of the government, Nikolai Ryzhkov, want the economy reformed first under the party's firm control, as in Deng Xiaoping's China. # short: yes
The physicist Andrei Sakharov, just back from exile, puts democracy first: free elections and an end to censorship. # short: yes
And some of the old guard would change nothing but discipline. # short: yes
{
- market and renew:
    Two endings are within reach. Reforming the economy first would let the party keep power with a market, as China's did; {renew_both:glasnost and perestroika together}{renew_both and renew_democracy: or }{renew_democracy:democracy first} would leave the soviets strong enough to renew the Union. Any other road ends with the Union breaking up. # watch: yes
- market:
    If the party reforms the economy first and keeps the press in bounds, it can keep power with a market, as China's did. Any other road ends with the Union breaking up. # watch: yes
- renew:
    A renewal of the Union is within reach: {renew_both:glasnost and perestroika together}{renew_both and (renew_democracy or renew_economy): or }{renew_democracy:democracy first}{renew_democracy and renew_economy: or }{renew_economy:reforming the economy first} would leave the soviets strong enough to carry it through 1991. Any other road ends with the Union breaking up. # watch: yes
- near > 0:
    Every road now ends with the Union breaking up in 1991, but only just: {near mod 2 == 1:a renewal of the Union}{near == 3: and }{near >= 2:a market under the party's rule} {near == 3:are|is} just out of reach. # watch: yes
}
* [Glasnost and perestroika at once # option: both-at-once # advocates: Gorbachev, Yakovlev, Shevardnadze, Yeltsin # historical: yes]
    ~ perestroika = "both"
    ~ change("soviets", 14, "Glasnost: people speak, read and vote")
    ~ change("party", -14, "The party splits between Ligachev and Yeltsin")
    ~ change("bread", -8, "The plan breaks before a market replaces it: empty shops")
    ~ change("industry", -10, "Enterprises freed from the plan without prices that work")
    ~ change("world", 8, "The end of the Cold War")
    { open_platforms:
        ~ change("soviets", 4, "An old habit of open debate gives glasnost a home")
    }
    The censors retreat year by year. The magazines print Pasternak, Grossman and Solzhenitsyn.{terror and ch6_destalin != "further": Bukharin and Rykov are rehabilitated in 1988.} The Law on State Enterprise frees the factories from the ministries from January 1988, and the Law on Co-operatives of May 1988 lets small private businesses trade. The enterprises raise wages, the state prints money to pay them, and the goods vanish from the shops.
* [Economy first: reform the economy under the party's control, and keep the press in bounds # option: economy-first # advocates: Ryzhkov, Ligachev]
    ~ perestroika = "economy"
    ~ change("bread", 8, "Farmers lease their land; markets fill the shops")
    ~ change("industry", 7, "Enterprises and co-operatives freed, prices freed by stages")
    ~ change("party", 5, "The party keeps every lever")
    ~ change("soviets", -4, "The newspapers stay muzzled")
    ~ change("world", 3, "Western firms invest")
    The leadership goes further than either man proposed in 1987: collective farmers are allowed to lease land for fifty years, and prices are freed step by step, beginning with food. The markets fill within two years. The censors stay. # speculative: yes
    { reform == "self-management":
        The workers' councils become the owners of their enterprises' new profits, and they argue with the party over every one of them. # speculative: yes
    - else:
        The managers who run the freed enterprises start to treat them as their own. # speculative: yes
    }
* [Democracy first: free the prisoners, free the press and hold free elections # option: democracy-first # advocates: Sakharov]
    ~ perestroika = "democracy"
    ~ change("soviets", 16, "Free elections to the soviets at every level")
    ~ change("party", -12, "The party's monopoly ends")
    ~ change("bread", -4, "Reform of the economy put off; shortages go on")
    ~ change("industry", -3, "The plan drifts while the politicians argue")
    ~ change("world", 6, "The end of the Cold War")
    With Sakharov back in Moscow, the Politburo agrees to contested elections at every level of the soviets, from the village to the Supreme Soviet, in 1988. The party may stand, and lose. # speculative: yes
    { open_platforms:
        ~ change("soviets", 4, "An old habit of open debate makes the elections real")
    }
* [Neither: discipline and the system as it is # option: neither # advocates: Grishin, Romanov]
    ~ perestroika = "neither"
    ~ change("soviets", -8, "Nothing changes: the cynicism deepens")
    ~ change("bread", -6, "The queues grow longer")
    ~ change("industry", -6, "Old factories, no money to renew them")
    ~ change("party", 4, "The old guard holds")
    ~ change("world", -4, "The Cold War goes on")
    Andropov's discipline comes back: police check the queues and the cinemas for workers absent from their jobs, and a few corrupt officials are tried for show. The newspapers report plan fulfilment. The country stops listening. # speculative: yes
-
-> endgame

= endgame
# year: 1989
# date: 1988–1991
{ perestroika:
- "both":
    On 26 March 1989 the country votes in its first contested elections since 1917, for a Congress of People's Deputies. Party bosses lose in Leningrad and dozens of other places; Yeltsin takes Moscow with nearly nine votes in ten. The Congress meets in May, on live television, and people stop work to watch Sakharov argue with Gorbachev.
    In July 1989 the coal miners of Mezhdurechensk in the Kuzbass strike for soap, meat and control of their pits, and within days some 400,000 miners are out, from the Kuzbass to the Donbas, Vorkuta and Karaganda. Their strike committees run whole towns. They are the nearest thing to soviets the country has seen since 1918, and they do not look to the party. # marker: west-siberia: July 1989: the miners' strikes
- "democracy":
    In 1988 the soviets are elected with real choices, and in half the cities the party candidates lose. In July 1989 the Kuzbass miners strike for soap, meat and control of their pits, and this time the elected soviets sit down with the strike committees. # speculative: yes # marker: west-siberia: 1989: the miners and the soviets (speculative)
- "economy":
    Food is easier to find by 1989, but prices rise faster than wages, and in the Kuzbass the miners strike against managers grown rich on the freed enterprises. {soviets >= 50:The party negotiates, and this time the elected councils hold it to the bargain.|The party negotiates, then sends the police.} # speculative: yes # marker: west-siberia: 1989: the miners' strikes (speculative)
- else:
    In the summer of 1989 the miners of the Kuzbass strike for soap and meat. The strike is broken, its leaders jailed. # speculative: yes # marker: west-siberia: 1989: the miners' strike broken (speculative)
}
{
- not hitler_in_power:
    In this story Europe was never split into two camps, and Moscow has no bloc there to hold or to let go. # speculative: yes
- perestroika == "neither":
    {postwar == "tito":East Germany stirs, and the Soviet garrisons there stay in their barracks, loaded.|Poland and East Germany stir, and Moscow's garrisons stay in their barracks, loaded. The bloc holds, for now, on fear alone.} # speculative: yes
- postwar == "tito":
    In Eastern Europe, the people's democracies that have gone their own way since 1945 loosen their last ties to Moscow, and on 9 November 1989 the Berlin Wall is opened. On 3 October 1990 Germany is reunited, inside NATO. # speculative: yes # map: poland=independent, hungary=independent, czechoslovakia=independent, romania=independent, bulgaria=independent, germany=allied # marker: germany: 9 November 1989: the Berlin Wall falls
- else:
    In Eastern Europe, Moscow lets go. Poland's Round Table brings Solidarity back, and it wins the elections of 4 June 1989. Hungary opens its border to Austria. On 9 November 1989 the Berlin Wall is opened, and within weeks the governments in Prague and Sofia fall; in Bucharest Ceaușescu is shot on Christmas Day. On 3 October 1990 Germany is reunited, inside NATO. # map: poland=independent, hungary=independent, czechoslovakia=independent, romania=independent, bulgaria=independent, germany=allied # marker: germany: 9 November 1989: the Berlin Wall falls
}
{ hitler_in_power and perestroika != "neither":
    The German–Polish treaty of 14 November 1990 confirms Poland's western border on the Oder and the Neisse. # map: german-east=independent
}
{ perestroika != "neither":
    ~ temp fall = "1989: the satellite parties fall, and the party's certainty with them"
    {
    - not hitler_in_power:
        ~ fall = "1989: the miners' strikes shake the party's certainty"
    - postwar == "tito":
        ~ fall = "1989: the people's democracies cut their last ties, and the party's certainty goes with them"
    }
    ~ change("party", -5, fall)
}
# year: 1991
# date: January – August 1991
{ hitler_in_power:
    The nations move too. Two million people join hands across Estonia, Latvia and Lithuania on 23 August 1989; Lithuania declares independence in March 1990. Armenians and Azerbaijanis fight over Nagorno-Karabakh; troops kill civilians in Tbilisi in April 1989, in Baku in January 1990, and in Vilnius in January 1991.
- else:
    The nations move too. Armenians and Azerbaijanis fight over Nagorno-Karabakh, and troops kill civilians in Tbilisi and in Baku. # speculative: yes
}
~ lose(1000, "National conflicts and crackdowns, 1988–1991 (estimate)")
{ perestroika == "both" or perestroika == "democracy":
    { hitler_in_power:
        In March 1991 three voters in four approve a "renewed federation of equal sovereign republics", though six republics boycott the referendum. Gorbachev and the leaders of nine republics draft a new Union Treaty, to be signed on 20 August.
    - else:
        In March 1991 three voters in four approve a "renewed federation of equal sovereign republics", though Georgia and Armenia boycott the referendum. Gorbachev and the leaders of the other republics draft a new Union Treaty, to be signed on 20 August. # speculative: yes
    }
}
{ perestroika == "economy" or perestroika == "neither":
    The party, unreformed in its politics, draws up a new Union Treaty to hold the republics together, to be signed in August 1991. # speculative: yes
}
On 19 August 1991 the vice-president Gennady Yanayev, the KGB chief Vladimir Kryuchkov, the defence minister Dmitry Yazov and five others declare a state of emergency. Gorbachev is held at his villa in Crimea. Tanks roll into Moscow. # marker: moscow: 19 August 1991: the coup
# history: Glasnost, perestroika and the end of the Union, 1985–1991
Gorbachev pushed glasnost and perestroika together. The economic reforms weakened the plan without creating prices that worked, and shortages followed. The Berlin Wall was opened in November 1989, and national conflicts flared across the Union. After a failed coup in August 1991, the leaders of Russia, Ukraine and Belarus declared the Union at an end in December, and it was dissolved on 26 December 1991. # short: yes
Gorbachev, chosen on 11 March 1985, pushed glasnost and perestroika together with Yakovlev and Shevardnadze. Ligachev resisted glasnost, though he and Gorbachev began the campaign against drink in May 1985, which cut deaths and the budget's vodka revenue alike. Sakharov came home from exile on 23 December 1986. He and Yeltsin, who lost the Moscow party in November 1987, demanded an end to the party's monopoly only in 1989–90; Article 6 of the constitution, which enshrined it, was repealed in March 1990. Ryzhkov put off the reform of prices until 1990. Chernobyl killed 31 people within weeks; projections of the long-term toll from radiation run from about 4,000 (the WHO's estimate for the most exposed) to many more. The enterprise and co-operative laws of 1987–88 weakened the plan without creating prices that worked, and shortages and inflation followed. The essay judges that the party "might have handled" restructuring, but not both at once. China took the other road from 1978 and kept its party in power, at the price of the Tiananmen massacre of 4 June 1989.
The Berlin Wall was opened on 9 November 1989 (the essay says 1988). The game counts about 1,000 dead in the national conflicts of 1988–91, a rough estimate: 32 in the Sumgait pogrom by the official count, 21 in Tbilisi, more than 130 in Baku, 14 in Vilnius, and most of the rest in the fighting over Nagorno-Karabakh. After the coup of 19–21 August 1991 failed, Yeltsin suspended the Communist Party in Russia; the Belovezha Accords of 8 December declared the Union at an end, Gorbachev resigned on 25 December, and the Union was dissolved on 26 December 1991.
-> ch6_verdict

= ch6_verdict
~ temp verdict = ch6_ending_of(perestroika, soviets, party, bread, industry, arms_matched)
{ verdict == "party-market":
    -> ch6_party_market
}
{ verdict == "renewal":
    -> ch6_renewal
}
-> ch6_dissolution

= ch6_party_market
# ending: party-market
# year: 1991
# date: August – December 1991
This ending is speculation: what might have followed if the party had kept its grip and freed the markets, as China's did. # speculative: yes # era: 1991-union
On 19 August the tanks come into Moscow, and this time the soldiers obey. The shops have food in them, the party committees still run every factory and newspaper, and the crowd at the Russian parliament is thousands, not hundreds of thousands. Yeltsin is arrested on the second night; Gorbachev, released from Crimea, is retired "on grounds of health". # speculative: yes
~ lose(1000, "Killed when the emergency committee's troops cleared the squares (speculative estimate, hundreds to a few thousand)")
The game estimates that about a thousand people die when the troops clear the squares of Moscow, Leningrad and {hitler_in_power:Vilnius|Tbilisi}, a toll like Beijing's in June 1989. # speculative: yes
{ hitler_in_power:
    The Baltic states are let go by negotiation in 1992, after the army fails to break Lithuania. The other republics sign the new Union Treaty: their party chiefs keep their posts, and Moscow keeps the pipelines. # speculative: yes # map: baltic=independent
- else:
    The republics sign the new Union Treaty: their party chiefs keep their posts, and Moscow keeps the pipelines. # speculative: yes
}
What follows is a union of markets without votes. Leased farms and private shops, foreign factories in special zones, managers and party secretaries grown rich together; strikes broken, newspapers licensed, and a police that watches the internet when it comes. Output grows where the oil and the factories are, and the gap between the coasts of the Black Sea and the villages of the Volga grows with it. # speculative: yes
The essay would not call this socialism. The party that once promised all power to the soviets keeps all power for itself, and the workers who might have defended a state of their own are told, as in 1921, to work and wait. Whether such a state could last is the question China is still answering. # speculative: yes
Here the game ends. Next it sets your path beside the one history took: each fork and what you chose, the meters decade by decade, the maps, the lives lost, and the reasons behind every difference.
-> END

= ch6_dissolution
# ending: dissolution-1991
# year: 1991
# date: August – December 1991
{ perestroika == "both":
    Crowds of tens of thousands gather round the Russian parliament, Yeltsin climbs onto a tank, and on 21 August the coup collapses; three young men are killed in a night clash with armoured vehicles.
    ~ lose(3, "Killed in Moscow on the night of 20–21 August 1991")
    But few came to defend the Soviet state itself. When Yeltsin suspends the Communist Party in Russia and Gorbachev resigns as its General Secretary, no factory strikes and no crowd gathers for it. The party of millions melts away in a week.
- else:
    The coup holds Moscow for a few days, then breaks on its own incompetence and on the crowds around the Russian parliament. When the party is banned, no one defends it. # speculative: yes
}
{ soviets >= ch6_need() and perestroika != "neither":
    The soviets had their voice back, but the shops were empty and the factories idle, and a voice is hard to use for a state that cannot feed you. # speculative: yes
}
{ terror:
    The essay's explanation runs back to the 1930s: the trials and the camps taught a generation that politics was dangerous, and their children learnt it from them.
}
{ hitler_in_power:
    The Baltic states are recognised as independent on 6 September. # map: baltic=independent
}
Ukraine votes for independence on 1 December, and on 8 December the leaders of Russia, Ukraine and Belarus meet at Belovezha and declare that the Soviet Union has ceased to exist. On 25 December Gorbachev resigns, and the red flag comes down over the Kremlin; on the 26th the Union is formally dissolved. Russia itself becomes an independent state, the Russian Federation, and takes the Soviet seat at the United Nations. # era: 1991 # marker: moscow: 25 December 1991: the red flag comes down
{ perestroika == "neither":
    { hitler_in_power:
        In this story the old guard never tried glasnost or perestroika, and the end came anyway: from empty shops, the lost faith of the workers, and the republics that would not wait. The bloc goes with the Union. # speculative: yes # map: poland=independent, hungary=independent, czechoslovakia=independent, romania=independent, bulgaria=independent, germany=allied
    - else:
        In this story the old guard never tried glasnost or perestroika, and the end came anyway: from empty shops, the lost faith of the workers, and the republics that would not wait. # speculative: yes
    }
}
{ perestroika == "economy":
    In this story the Chinese road was tried, but a party that had lost its workers could not hold what the markets built, and its managers took the factories with them as it fell. # speculative: yes
}
In January 1992 prices are freed overnight and rise more than twentyfold within the year. The factories are sold off, first for vouchers and then in the loans-for-shares auctions of 1995, to a few men who become billionaires, the "new gangster capitalists" of the essay. Output falls by about two-fifths over the decade; pensions and savings evaporate. Russian men's life expectancy falls from about 64 in 1990 to 57.6 in 1994. Wars break out in {hitler_in_power:Chechnya, Karabakh, Transnistria and Tajikistan|Chechnya, Karabakh and Tajikistan}, and in October 1993 Yeltsin's tanks shell the Russian parliament.
The seventy-four-year experiment that began with Bread, Peace and Land ends with hardly a worker raising a hand for it. A Communist Party survives as a minority in a parliament that rubber-stamps one strong leader. Whether the workers will one day take politics back, as the essay hopes, is a question for another century.
Here the game ends. Next it sets your path beside the one history took: each fork and what you chose, the meters decade by decade, the maps, the lives lost, and the reasons behind every difference.
-> END

= ch6_renewal
# ending: renewal
# year: 1991
# date: August – December 1991
This ending is speculation: what might have followed if the workers of the Soviet Union had had a state worth defending in 1991. # speculative: yes # era: 1991-union
On the morning of 19 August the tanks come into Moscow, and by noon the factories are empty. The workers' councils and the elected soviets call a general strike, as the railwaymen and the Red Guards did against Kornilov in 1917. The Kirov works in Leningrad, the Kuzbass pits and the ZiL car plant in Moscow stop; crowds of hundreds of thousands fill the squares. The soldiers, sons of the same families, will not fire, and in three days the coup is over. # speculative: yes # marker: moscow: August 1991: the general strike defeats the coup (speculative)
{ hitler_in_power:
    In the autumn a new Union Treaty is signed by the nine republics that want it. The Baltic states, Georgia, Armenia and Moldova leave by agreement, after referendums, with no shots fired. # speculative: yes # map: baltic=independent, georgia=independent, armenia=independent, bessarabia=independent
- else:
    In the autumn a new Union Treaty is signed by the republics that want it. Georgia and Armenia leave by agreement, after referendums, with no shots fired. # speculative: yes # map: georgia=independent, armenia=independent
}
{ perestroika:
- "economy":
    What survives is something like the Chinese road with a difference: markets and leased land, but also elected councils in the enterprises that can, and do, vote down their directors. # speculative: yes
- "democracy":
    What survives is a union of elected soviets, with several parties competing in them, the Communists usually the largest and never alone. # speculative: yes
- else:
    What survives is a union of elected soviets and self-governing enterprises, noisy and quarrelsome, with several parties and a free press. # speculative: yes
}
{ reform == "self-management":
    The workers' councils of 1966 are its backbone; a generation has grown up used to voting on what its factory does. # speculative: yes
}
It is not paradise. The Union still carries the debts of the arms race and the damage of Chernobyl, prices rise, inefficient plants close, and the republics argue over oil money and borders. Some of the old nomenklatura turn themselves into managers and bankers, and the councils have to fight them for every enterprise. But the factories are not sold for vouchers to a few men; pensions are paid, and the collapse in life expectancy that Russia saw in the 1990s does not come. # speculative: yes
No one can know whether such a union could have lasted. The essay's argument is only that its fate turned on the question this path answered differently: whether the working class that October brought to power still saw the state as its own. Here, when the tanks came, it did. # speculative: yes
Here the game ends. Next it sets your path beside the one history took: each fork and what you chose, the meters decade by decade, the maps, the lives lost, and the reasons behind every difference.
-> END
