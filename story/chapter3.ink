// October Paths — Chapter 3: 1922–1930: Succession and the Great Turn.
// Forks, in order: general-secretary, great-turn, oppositions.
// Dates are New Style throughout (Russia changed calendars in February 1918).
// Ending here: thermidor (NEP kept while both Soviets and Party fall), checked after the
// oppositions fork.
// Reads: Chapter 2 flags nep, war_communism, kronstadt, ex_tsarist_officers, brest;
// Chapter 1 flag socialist_coalition (text only).
// The deaths of the deportations of 1930–31, of the famine of 1932–33 and in the camps of
// 1930–36 are counted here, in the great-turn outcome (collectivization), not in Chapter 4.
// The rule for Lives lost: docs/model.md, "What Lives lost counts".

// ---------------------------------------------------------------------------------------
// Flags set in this chapter (read here and by later chapters).
// ---------------------------------------------------------------------------------------

// general-secretary: Stalin keeps the post of General Secretary after Lenin's Testament is
// read in May 1924. Read by great-turn and oppositions (text, who holds the machine),
// Chapter 4 (trials) and Chapter 6 (after-stalin).
VAR stalin_gensec = false

// general-secretary: Stalin removed as Lenin asked; a collective leadership with an enlarged
// Central Committee (speculative). Read by great-turn and oppositions (text) and Chapter 4 (trials).
VAR collective_leadership = false

// great-turn: forced collectivization and the first Five-Year Plan. Read by oppositions
// (the Right is the opposition), Chapter 5 (june-1941: the tanks; after-the-war) and
// Chapter 6 (reform-1965: agriculture never recovers; 1991).
VAR collectivization = false

// great-turn: NEP kept (or adopted at last) with voluntary co-operatives and slow
// mechanisation. Read by oppositions, the thermidor ending here, and Chapter 5 (june-1941:
// less industry).
VAR nep_kept = false

// great-turn: the Left Opposition's planned industrialisation without forced collectivization
// (speculative). Read by oppositions (text), Chapter 4 (trials) and Chapter 5 (june-1941).
VAR left_plan = false

// oppositions: the ban on factions enforced: the Left expelled, then the Right driven out.
// Read by Chapter 4 (trials), Chapter 6 (after-stalin, perestroika).
VAR factions_banned = false

// oppositions: the ban on factions lifted; platforms debated openly (speculative).
// Read by Chapter 4 (trials) and Chapter 6 (1991: Soviets).
VAR open_platforms = false

// general-secretary: Trotsky made Lenin's successor (speculative). Read by great-turn and
// oppositions (text) and Chapter 6 (after-stalin: no one man's cult to blame in 1956).
VAR ch3_trotsky_leads = false

// The thermidor ending's rule, shared by the check after oppositions and the ending watch
// lines (`# watch: yes`): with the NEP kept, both the Soviets and the Party have fallen.
=== function ch3_thermidor(s, p) ===
~ return s < 45 and p < 55

// Lookahead for the watch lines: does the oppositions fork end in Thermidor if the party
// chooses `how` ("expel" or "open") from Soviets `s` and Party `p`? Mirrors its changes.
=== function ch3_thermidor_if(how, s, p) ===
{ how == "expel":
    ~ return ch3_thermidor(soften(s, -10), soften(p, 8))
}
~ return ch3_thermidor(soften(s, 12), soften(p, -18))

// The same one fork earlier, at great-turn: keeping the NEP (its Soviets and Party changes),
// then `how` at oppositions.
=== function ch3_nep_thermidor_if(how) ===
~ temp p = soften(party, -6)
{ not stalin_gensec:
    ~ p = soften(p, -4)
}
~ return ch3_thermidor_if(how, soften(soviets, -6), p)


=== chapter3 ===
# chapter: 1922–1930: Succession and the Great Turn
# year: 1922
# fork: general-secretary
# year: 1922
{ ch2_curzon_peace:
    ~ change("bread", 4, "The whole of Ukraine and Belarus: more grain for the cities")
}
# date: April 1922 – May 1924
On 3 April 1922, the day after the Eleventh Party Congress closes, the new Central Committee fills a post that sounds like paperwork: General Secretary. It goes to Joseph Stalin, the Georgian who already sits on the Politburo and the Orgburo, runs the Commissariat of Nationalities and heads the Workers' and Peasants' Inspection. Nobody objects. The Secretariat keeps the party's files and proposes who will run each province and each trade union, and the man who signs the appointments soon knows more people than anyone else.
Seven weeks later, at his country house at Gorki outside Moscow, Lenin suffers his first stroke. He is fifty-two. He is back at work in the autumn, but in December more strokes confine him to bed. Between 23 and 26 December he dictates a letter to the next congress: enlarge the Central Committee with dozens of ordinary workers, and beware a split between its two ablest men. Trotsky is perhaps the most capable, but too sure of himself. Stalin, as General Secretary, has "unlimited authority concentrated in his hands", and Lenin is not sure he will always use it with enough caution. On 4 January 1923 he adds a postscript: Stalin is "too rude", a fault that is intolerable in a General Secretary, and the comrades should find a way to move him. Behind it lies a quarrel over Georgia, where Stalin's ally Sergo Ordzhonikidze struck a Georgian communist. And Stalin has sworn at Lenin's wife, Nadezhda Krupskaya, on the telephone. On 10 March 1923 a third stroke takes Lenin's speech.
In October 1922 the Red Army enters Vladivostok as the last Japanese troops leave. On 30 December a congress in Moscow founds the Union of Soviet Socialist Republics: Russia, Ukraine, Byelorussia, and a Transcaucasian Federation that binds Georgia, conquered by the Red Army in February 1921, to Armenia and Azerbaijan. # era: 1922 # marker: moscow: The USSR is founded, 30 December 1922
~ change("world", 4, "Britain, Italy and France recognise the USSR in 1924")
{ nep:
    The New Economic Policy is filling the markets. The harvest of 1922 is good, and a new gold-backed currency, the chervonets, holds its value. In the towns the private traders, the NEPmen, ride in cabs past workers laid off from factories that cannot pay their way.
- else:
    War Communism has not ended. The requisition squads still take the grain, the peasants sow only what they can hide, and the towns live on a ration card and a black market. The party's leaders argue over whether this is socialism or a siege. # speculative: yes
}
Lenin dies at Gorki on 21 January 1924, aged fifty-three. Petrograd becomes Leningrad, his embalmed body goes on show on Red Square, and in the "Lenin enrolment" the party takes in some 240,000 workers from the factory floor, young members who owe their cards to the Secretariat. Trotsky, convalescing on the Black Sea, misses the funeral; he later says Stalin gave him the wrong date. # year: 1924 # marker: moscow: Lenin dies, 21 January 1924
In May, on the eve of the Thirteenth Congress, Krupskaya hands Lenin's sealed letter to the Central Committee, and it is read out to the Committee and to the heads of the delegations. Stalin offers to resign. What should the party do?
Grigory Zinoviev and Lev Kamenev have run the Politburo with Stalin as a triumvirate since 1923. They ask the delegates to keep him. Lenin wrote as a sick man, they say; Stalin has heard the criticism and will mend his ways. To throw out the General Secretary now would hand the party to Trotsky, a former Menshevik who joined it only in 1917 and whom the Red Army still cheers: in every revolution, from France on, the danger has been a Bonaparte. The party condemned Trotsky's opposition in January; its unity matters more than one man's manners.
Krupskaya and those who take Lenin at his word say: do what he asked. Move Stalin to other work, let no one man hold all the files, and add the workers Lenin wanted to the Central Committee, so that no clique of old leaders can run it. Govern collectively.
Trotsky's supporters, Yevgeny Preobrazhensky and Georgy Pyatakov among them, signed the Letter of the Forty-Six in October 1923. Vladimir Antonov-Ovseenko, head of the army's political administration, backed them in a letter of his own. The Secretariat, they wrote, has replaced elections with appointments, and the economy drifts without a plan. Put the man who organised October {ex_tsarist_officers:and built the Red Army that won the Civil War|and led the Red Army} at the head of the party, with a plan for industry and a "New Course" of party democracy.
On 3 April 1922 the Central Committee makes Joseph Stalin its General Secretary, a post that sounds like paperwork. The man who signs the party's appointments soon knows more people than anyone else. # short: yes
Seven weeks later Lenin suffers his first stroke. In December he dictates a letter to the next party congress: Trotsky is able but too sure of himself, and Stalin has concentrated unlimited authority in his hands. In a postscript Lenin adds that Stalin is "too rude" and should be moved. # short: yes
{ nep:
    The New Economic Policy is filling the markets, and private traders, the NEPmen, ride in cabs past workers laid off from the factories. # short: yes
- else:
    War Communism has not ended: the requisition squads still take the grain, and the towns live on ration cards and the black market. # speculative: yes # short: yes
}
Lenin dies on 21 January 1924. In May his widow, Nadezhda Krupskaya, hands his letter to the Central Committee. Stalin offers to resign. What should the party do? # short: yes
Grigory Zinoviev and Lev Kamenev, who have led the Politburo with Stalin since 1923, ask the party to keep him. Lenin wrote as a sick man, they say, and the real danger is Trotsky, a Bonaparte with the Red Army behind him. # short: yes
Krupskaya and those who take Lenin at his word say: do what he asked. Move Stalin to other work and govern collectively. # short: yes
Trotsky's supporters, Yevgeny Preobrazhensky and Georgy Pyatakov among them, say the Secretariat has replaced elections with appointments. Put Trotsky at the head of the party, with a plan for industry and more party democracy. # short: yes
* [Keep Stalin as General Secretary: unity against Trotsky # option: keep-stalin # advocates: Zinoviev, Kamenev, Stalin # historical: yes]
    ~ stalin_gensec = true
    ~ change("party", 8, "Stalin's Secretariat holds the party machine in one hand")
    ~ change("soviets", -6, "Appointments from above replace elections")
    ~ change("army", -3, "Trotsky is eased out of the War Commissariat")
    The letter is read to each delegation, not to the congress, and it is not printed. Zinoviev tells the delegates that Lenin's fears about Stalin have, happily, proved unfounded. Stalin's resignation is refused. Trotsky says nothing.
    Over the next year the triumvirate moves Trotsky's supporters out of the army and the press. Then Stalin looks past his partners, to Nikolai Bukharin and the NEP's defenders. Zinoviev and Kamenev find the Secretariat's machine turned against them.
* [Remove Stalin, as Lenin asked, and govern collectively # option: remove-stalin # advocates: Lenin (his letter), Krupskaya]
    ~ collective_leadership = true
    ~ change("party", -9, "The succession fought out in the open")
    ~ change("soviets", 6, "Workers added to the Central Committee, as Lenin asked")
    The congress votes to honour Lenin's letter. Stalin keeps his seat in the Politburo but leaves the Secretariat, which passes to a rotating committee of three. # speculative: yes
    The Central Committee is enlarged with some fifty workers from the bench, who vote as often against the old leaders as with them. The old leaders now have to win arguments rather than appointments, and they argue loudly, in public and for years. # speculative: yes
* [Make Trotsky Lenin's successor # option: trotsky-succeeds # advocates: Preobrazhensky, Pyatakov, Antonov-Ovseenko]
    ~ ch3_trotsky_leads = true
    ~ change("party", -16, "Zinoviev, Kamenev, Stalin and the apparatus close ranks against Trotsky: the party on the edge of a split")
    ~ change("industry", 4, "Trotsky presses for planned industry")
    ~ change("soviets", 3, "The New Course promises party democracy")
    { ex_tsarist_officers:
        ~ change("army", 6, "The Red Army's founder leads the party")
    - else:
        ~ change("army", 3, "The Red Army's commissar leads the party")
    }
    The letter is read to the whole congress, and Trotsky, for once, fights for the leadership instead of standing above the quarrel. Stalin leaves the Secretariat; Zinoviev and Kamenev, outvoted, keep their seats and their grudges. # speculative: yes
    Trotsky chairs the Politburo and keeps the army. He talks of planning, of party democracy and of world revolution, and the provincial secretaries whom Stalin appointed wait to see how long it lasts. # speculative: yes
-
# history: Lenin's Testament and the succession, 1922–1925
Stalin became General Secretary in April 1922, with Lenin's approval. In May 1924 Lenin's letter was read only to the Central Committee and the heads of the congress delegations. Zinoviev and Kamenev spoke for keeping Stalin. Trotsky kept silent. Stalin offered to resign and stayed. The letter was published in the Soviet Union only in 1956. By 1926 Zinoviev and Kamenev had joined Trotsky in opposition, too late. # short: yes
Stalin became General Secretary on 3 April 1922, with Lenin's approval. The essay this game draws on sees his strength in the relationships he built across the party and in casting himself as Lenin's pupil rather than his equal; when Lenin died, it says, most of the party saw no problem in his being at the centre.
In May 1924 the letter was read to the Central Committee and the heads of the delegations at the Thirteenth Congress, not to the congress itself. Zinoviev and Kamenev spoke for keeping Stalin, who offered to resign and stayed. Trotsky kept silent. The text was published abroad in 1926 and in the Soviet Union only in 1956.
Trotsky lost the War Commissariat in January 1925. That year the triumvirate broke apart, and in 1926 Zinoviev and Kamenev joined Trotsky in a United Opposition, too late.
-> great_turn

= great_turn
# fork: great-turn
# year: 1928
# date: January 1928 – December 1929
// The ending watch's lookahead (see ch3_nep_thermidor_if), only where the losses ahead, at
// full size, could bring both meters under the line.
~ temp nep_expel = false
~ temp nep_open = false
{ ch3_thermidor(soviets - 16, party - 10):
    ~ nep_expel = ch3_nep_thermidor_if("expel")
}
{ ch3_thermidor(soviets - 6, party - 28):
    ~ nep_open = ch3_nep_thermidor_if("open")
}
{ nep:
    ~ change("bread", 6, "NEP markets feed the towns")
    ~ change("land", 5, "Peasants farm for the market")
    ~ change("industry", 8, "Factory output back to pre-war levels by 1926")
    The middle twenties are the best years since 1913: by 1926 farms and factories produce about as much as before the war, and the village fairs sell boots and kerosene again. But the better-off peasants, the kulaks, rent land and hire labourers; the NEPmen grow rich on trade; a million workers are out of work; and the state factories cannot make enough ploughs and cloth for the peasants to buy.
- else:
    ~ change("bread", -6, "Requisitions drag on; the towns live on rations")
    ~ change("land", -8, "A decade of requisition squads")
    ~ change("industry", 3, "Factories creep back under the ration economy")
    The middle twenties are lean. The requisition squads still visit each autumn, the peasants sow less each spring, and the factories recover slowly on rations and orders from the state. # speculative: yes
}
~ change("bread", -5, "Grain procurement crisis of 1927–28")
The Soviet Union feels alone. In 1927 Britain breaks off relations, in Shanghai Chiang Kai-shek's troops massacre the Chinese communists who were their allies, and Moscow talks of war.
{ nep:
    Then, in the winter of 1927–28, the grain stops coming. The state pays low prices for grain and has few goods to sell the villages, so the peasants hold on to their grain, feed it to their livestock or wait for spring prices. State purchases fall far behind.
- else:
    Then, in the winter of 1927–28, the squads come back nearly empty-handed. The peasants have learned to bury their grain and sow no more than they need, and the towns' rations shrink again. # speculative: yes
}
{ stalin_gensec:
    The Left Opposition was expelled in December 1927, and in January 1928 Trotsky is put on a train to Alma-Ata (today Almaty), near the Chinese border. That month Stalin goes to Siberia and orders the grain seized under a law against speculation.
}
{ collective_leadership:
    The Left Opposition is still in the party, outvoted at every congress but not expelled, and every member of the Politburo has a plan. The Politburo sends its members to the grain regions; Stalin, in Siberia, orders the grain seized under a law against speculation. # speculative: yes
}
{ ch3_trotsky_leads:
    Trotsky has led the party for four years and has not solved the peasant question either. His old allies want faster industry; Bukharin and Rykov warn him off the villages; Stalin, from the Central Control Commission, demands that the grain be seized. # speculative: yes
}
How is the country to feed its towns and build the industry it will need?
Nikolai Bukharin, the party's leading theorist, Alexei Rykov, who chairs the government, and Mikhail Tomsky of the trade unions say: keep the NEP and pay the peasants a fair price. The town-country alliance, the smychka, is what the revolution stands on. Lenin's last articles pointed to co-operatives that peasants join of their own will, and to tractors as industry can build them. Socialism can grow at a walking pace; a war on the villages would wreck the harvest and the alliance with it. {not nep:In a country that never had its NEP, they say, it is time at last to stop taking grain by force and to start buying it.}
Stalin, with Vyacheslav Molotov and Lazar Kaganovich, says the kulak is holding the towns to ransom. The Soviet Union has no colonies to plunder and no foreign loans; the surplus for industry can only come from the countryside, a kind of tribute the peasants must pay for a time. Collective and state farms with tractors will produce grain the state can count on, and the kulak who resists must be broken. There is no time: the capitalist powers will not wait.
Trotsky and Preobrazhensky, speaking for the Left, say the kulak has been allowed to grow and industry to lag. Their answer is a plan: a "primitive socialist accumulation", with heavy taxes on the rich peasants and the NEPmen, prices set to favour industry, and tractors for peasants who choose to farm together. Force the pace of industry, not the peasants into collectives.
{ nep:
    The middle 1920s are the best years since before the war. But the better-off peasants, the kulaks, rent land and hire labour, the NEPmen grow rich on trade, and a million workers are out of work. # short: yes
    Then, in the winter of 1927–28, the grain stops coming. The state pays low prices and has few goods to sell the villages, so the peasants hold on to their grain. # short: yes
- else:
    The middle 1920s are lean. The requisition squads still come each autumn, and in the winter of 1927–28 they come back nearly empty-handed. # speculative: yes # short: yes
}
{ stalin_gensec:
    Stalin goes to Siberia and orders the grain seized. # short: yes
}
{ collective_leadership:
    The Politburo sends its members to the grain regions, and Stalin, in Siberia, orders the grain seized. # speculative: yes # short: yes
}
{ ch3_trotsky_leads:
    Trotsky has led the party for four years and has not solved the peasant question either. # speculative: yes # short: yes
}
How is the country to feed its towns and build the industry it will need? # short: yes
Nikolai Bukharin, Alexei Rykov and Mikhail Tomsky say: {nep:keep the NEP|stop taking grain by force} and pay the peasants a fair price. Socialism can grow at a walking pace, through co-operatives the peasants join of their own will. # short: yes
Stalin, with Vyacheslav Molotov and Lazar Kaganovich, says the kulak is holding the towns to ransom. The money for industry can only come from the countryside. Drive the peasants into collective farms, and break the kulak who resists. # short: yes
Trotsky and Yevgeny Preobrazhensky, for the Left, want a plan: heavy taxes on the rich peasants and the NEPmen, and fast industry, but no forced collectives. # short: yes
{
- nep_expel and nep_open:
    The soviets and the party are both worn thin. {nep:Keep|Adopt} the NEP now, and the traders and rich peasants will take the revolution over from within: a Thermidor, like the one that ended the French Revolution. # watch: yes
- nep_expel or nep_open:
    The soviets and the party are both worn thin. {nep:Keep|Adopt} the NEP now, and one wrong step against the oppositions could let the traders and rich peasants take the revolution over from within: a Thermidor. # watch: yes
}
* [{nep:Keep the NEP: fair prices, voluntary co-operatives, slow mechanisation|Adopt the NEP at last: a tax, free trade, voluntary co-operatives} # option: keep-nep # advocates: Bukharin, Rykov, Tomsky]
    ~ nep_kept = true
    { nep:
        ~ change("bread", 8, "Higher grain prices bring grain to market")
        ~ change("land", 10, "Fair prices and voluntary co-operatives")
    - else:
        ~ change("bread", 14, "The NEP at last: grain comes to market")
        ~ change("land", 15, "Requisitions end, a decade late")
    }
    ~ change("industry", 5, "Industry grows slowly, within the market's means")
    ~ change("soviets", -6, "NEPmen and kulaks rise; a million workers out of work")
    ~ change("party", -6, "The Left cries Thermidor; the party drifts")
    { not stalin_gensec:
        ~ change("party", -4, "No single machine holds the party to one line")
    }
    ~ change("army", -3, "Less steel for the army")
    {nep:The state raises the price of grain,|The requisitions end at last and a modest tax replaces them. The state opens the markets,} buys grain abroad to get through the spring and cuts the plan's targets to what the budget can pay for. Credit and machines go to co-operatives that peasants join of their own accord, and by 1930 the first tractor columns are working the fields of the richer ones. # speculative: yes
    The grain comes. So do the contradictions. The kulaks lend seed and money to their poorer neighbours and sit on the village soviets; the NEPmen open shops on the main streets again; factory wages lag, and the labour exchanges are full. At workers' meetings the question is asked aloud: whose state is this? # speculative: yes
* [Force collectivization and the first Five-Year Plan # option: collectivize # advocates: Stalin, Molotov, Kaganovich # historical: yes]
    ~ collectivization = true
    ~ change("industry", 22, "First Five-Year Plan: Magnitogorsk, Dneprostroi, tractor plants")
    ~ change("army", 8, "Tractor plants built to turn out tanks as well")
    ~ change("land", -25, "Forced collectivization: a second civil war in the villages")
    { war_communism:
        ~ change("land", -5, "The villages remember the requisition squads of 1918–21")
    }
    ~ change("bread", -15, "Livestock halved; famine in the grain lands")
    ~ change("soviets", -8, "Real wages fall; plenipotentiaries replace village soviets")
    ~ change("world", 3, "The Plan's growth impresses a world in depression")
    ~ lose(500000, "'Kulak' families deported in 1930–31 who died in transit and in the special settlements by 1940 (estimate; the settlements' own records count about 390,000 deaths in 1932–40 alone)")
    ~ lose(6500000, "Died in the famine of 1932–33 (estimate: 5.5–6.5 million by Davies and Wheatcroft, up to 8.7 million by Rudnytskyi and colleagues)")
    ~ lose(180000, "Died in the Gulag's camps, 1930–36 (the camp administration's records; a floor, since many of the dying were released to die outside)")
    Emergency measures become a system, and a Five-Year Plan of breakneck targets is adopted. {stalin_gensec:On 27 December 1929 Stalin calls|On 5 January 1930 the Central Committee calls} for "the liquidation of the kulaks as a class". That winter party activists, workers from the towns and the secret police herd the villages into collective farms. Rather than hand over their animals, peasants slaughter them. Thousands of villages rise. # marker: ukraine: Forced collectivization, winter 1929–30
    Families branded kulaks lose everything and are deported to the Urals, Siberia and Kazakhstan, often to bare forest. The state takes grain the villages need to eat. In 1932–33 famine kills millions in Ukraine, the Kuban, the Volga and Kazakhstan: six and a half million by the game's count, within historians' estimates of 5.5 to 8.7 million. Grain is still exported, and a law of 7 August 1932 makes gleaning from the collective fields a crime punishable by death. In Ukraine and the Kuban, villages that fall short of their quotas are put on blacklists and cut off from every delivery of goods, and a directive {stalin_gensec:signed by Stalin and Molotov|from Moscow} on 22 January 1933 seals both regions: starving peasants who try to leave in search of bread are turned back or arrested. # marker: ukraine: The famine of 1932–33
    And the industry rises. A steel city goes up at Magnitogorsk in the Urals, a dam across the Dnieper, tractor plants in {stalin_gensec:Stalingrad|Tsaritsyn}, Kharkiv and Chelyabinsk, built by peasants fled from the collective farms and young workers who believe they are building socialism. # marker: urals: Magnitogorsk, the steel city of the Five-Year Plan
* [Plan industry and tax the rich peasants, but no forced collectivization # option: left-plan # advocates: Trotsky, Preobrazhensky]
    ~ left_plan = true
    ~ change("industry", 14, "Planned industrialisation financed by taxing the better-off")
    ~ change("army", 4, "Heavy industry for defence")
    ~ change("land", -8, "Heavy taxes and forced loans on the better-off peasants")
    ~ change("bread", -4, "Grain held back in lean years")
    ~ change("soviets", 3, "Higher wages and elected factory committees")
    ~ change("party", -4, "The returning Left and the defeated Right eye each other")
    ~ lose(50000, "Died in hunger and unrest in the lean years of the squeeze (speculative estimate)")
    {stalin_gensec:The Left Opposition is brought back into the leadership, and Trotsky back from Alma-Ata, to carry out its own programme.}{collective_leadership:The Left's leaders are given charge of the plan they have demanded for five years.} A tax falls on the richest tenth of the villages, the NEPmen pay forced loans, and a five-year plan more ambitious than Bukharin's but less than Stalin's sets to building steel mills and tractor plants. # speculative: yes
    The middle peasants keep their farms. The rich ones sow less, and in the lean year of 1931 the grain runs short: there is hunger in the Volga towns, there are riots over taxes, and tens of thousands die, a speculative estimate. But there is no war on the villages, and the herds survive. Industry grows more slowly than it did in history, and faster than under the NEP. # speculative: yes
-
# history: The Great Turn, 1928–1933
From 1928 grain was taken by force, and from the winter of 1929–30 the peasants were driven into collective farms. About 1.8 million people were deported as kulaks. The famine of 1932–33 killed an estimated 5.5 to 8.7 million people, in Ukraine, where it is remembered as the Holodomor, in Kazakhstan and elsewhere. Industry grew fast: steel output more than quadrupled between 1928 and 1940. Soviet farming never recovered. # short: yes
From January 1928 "emergency measures" forced grain deliveries. Bukharin, Rykov and Tomsky resisted; in September 1928 Bukharin warned against building factories with bricks that did not exist. In April 1929 the party adopted the first Five-Year Plan in its most ambitious version. Stalin's article of 7 November 1929 proclaimed "the year of the great turn", and on 27 December he announced the liquidation of the kulaks as a class. Over half of peasant households were driven into collective farms by March 1930. After his article "Dizzy with Success" (2 March 1930) many left, but the drive resumed, and over 90 percent were collectivized by 1937.
About 1.8 million people were deported as kulaks in 1930–31; hundreds of thousands died. The famine of 1932–33 killed an estimated 5.5 to 6.5 million people by R. W. Davies and Stephen Wheatcroft's count, and up to 8.7 million by the demographic reconstruction of Omelian Rudnytskyi and colleagues (2015): about 3.9 million in Ukraine by that reconstruction (other estimates run from 2.6 to 5 million), and about 1.5 million in Kazakhstan in 1930–33, over a third of all Kazakhs. Measures aimed at Ukraine and the largely Ukrainian Kuban deepened the famine there: blacklists of villages cut off from all goods, from November 1932; a decree of 14 December 1932 that blamed "Ukrainisation" and purged local officials; and the directive of 22 January 1933 that sealed both regions against peasants fleeing for bread. In Ukraine the famine is remembered as the Holodomor, "killing by hunger". Ukraine's parliament recognised it as genocide in 2006, and many other countries' parliaments have done so since. Historians still debate intent: some, among them Andrea Graziosi and Anne Applebaum, see in the measures of late 1932 a deliberate assault on Ukraine's peasants and nation; others, among them Davies and Wheatcroft, find a ruthless drive for grain but no plan to kill by starvation. Cattle fell from about 70 million in 1928 to 38 million in 1933, horses from 32 to 17 million. The game counts 7 million dead: 6.5 million in the famine and 500,000 deportees, within those ranges, and separately the deaths recorded in the camps.
The Plan was declared fulfilled at the end of 1932. Magnitogorsk's first blast furnace was lit that year and the Dnieper dam opened, and steel output rose from 4 million tonnes in 1928 to 18 million in 1940. "We are fifty or a hundred years behind the advanced countries. We must make good this distance in ten years", Stalin said in February 1931. The essay holds that without this industry the USSR could never have built more than 100,000 tanks and self-propelled guns in 1940–45, and that Soviet agriculture never recovered. Some economic historians argue that a planned economy with a market in grain could have built much of the same industry at far less cost.
-> oppositions

= oppositions
# fork: oppositions
# year: 1929
# date: November 1927 – November 1929
~ temp thermidor_expel = nep_kept and ch3_thermidor_if("expel", soviets, party)
~ temp thermidor_open = nep_kept and ch3_thermidor_if("open", soviets, party)
{ kronstadt:
    In March 1921, while the Kronstadt sailors were in revolt, the Tenth Party Congress banned factions: members might argue, but not organise around a platform of their own. Lenin called it an emergency measure.
- else:
    In March 1921 the Tenth Party Congress, afraid of a split, banned factions: members might argue, but not organise around a platform of their own. Lenin called it an emergency measure.
}
{ ch3_trotsky_leads:
    Since then every opposition has run into that wall, and Trotsky, who voted for the ban in 1921, now has to decide whether to use it. With him at the head of the party the roles are reversed: in 1926 Zinoviev, Kamenev and Stalin, with many of the provincial secretaries behind them, formed a bloc against his leadership, and in 1927 they wrote a platform of their own. # speculative: yes
- else:
    Since then every opposition has run into that wall: the Forty-Six in 1923, Zinoviev's Leningraders in 1925, the United Opposition of Trotsky, Zinoviev and Kamenev in 1926–27. In September 1927 the United Opposition wrote a Platform calling for higher wages, a tax on the kulaks, faster industry and an end to appointments from above.
    { stalin_gensec:
        The Politburo refused to print it, and the secret police raided the flat where it was being copied. On the tenth anniversary of October the oppositionists marched with their own banners and were beaten off the streets. A week later Trotsky and Zinoviev were expelled from the party, and in December the Fifteenth Congress expelled dozens more, Kamenev among them.
    - else:
        The Central Committee voted it down, and the opposition stayed in the party, bitter and organised. # speculative: yes
    }
}
{ collectivization:
    Now a second opposition has formed, this time on the right. Bukharin, Rykov and Tomsky vote against the pace of the Plan and the war on the villages. In July 1928 Bukharin secretly visited Kamenev. He called Stalin a Genghis Khan who would strangle them all. Kamenev's notes of the talk are now circulating in a Trotskyist leaflet.
}
{ nep_kept:
    Now the NEP has a Left again. Unemployed workers and young communists who read the Platform ask why the party fed the kulak and starved the factories, and the word Thermidor, the month in 1794 when the French Revolution turned on its own radicals, is in every cell. # speculative: yes
}
{ left_plan:
    Now the Right is in opposition. Bukharin, Rykov and Tomsky say the tax squeeze is driving the peasants from the market. Stalin's friends in the provinces say it does not go far enough. # speculative: yes
}
So the old question returns. {ch3_trotsky_leads:The Politburo majority, some of Trotsky's own lieutenants among them, say|Stalin, Molotov and Kaganovich say}: a party surrounded by enemies, carrying through a revolution in the countryside, cannot become a debating society with two or three parties inside it. The ban on factions was Lenin's; every faction becomes a channel for hostile classes, the kulak speaking through the Right and the petty bourgeois through the Left. Expel those who will not submit, and let the rest recant.
{ch3_trotsky_leads:Christian Rakovsky and the Democratic Centralist Timofei Sapronov, quoting Trotsky's own New Course of 1923, answer|Trotsky, with Christian Rakovsky and the Democratic Centralist Timofei Sapronov, answers} that the ban was meant for a siege, not for ever. A party without open debate becomes an apparatus of officials who answer only upward; {stalin_gensec:in 1928 Rakovsky wrote from exile of|Rakovsky warns of} the "professional dangers of power" that turn workers' representatives into a privileged caste. Print every platform, elect the congress delegates on them, and let the workers judge. {socialist_coalition:Some even recall 1917, when the socialist parties shared a government and the sky did not fall.}
In March 1921 the Tenth Party Congress banned factions: members might argue, but not organise around a platform of their own. Lenin called it an emergency measure. # short: yes
{ ch3_trotsky_leads:
    Trotsky, who voted for the ban, now leads the party, and in 1927 his rivals wrote a platform of their own. # speculative: yes # short: yes
- else:
    Since then every opposition has run into that wall. In 1927 the United Opposition of Trotsky, Zinoviev and Kamenev wrote a Platform calling for faster industry and an end to appointments from above. # short: yes
    { stalin_gensec:
        The Politburo refused to print it, and in November 1927 Trotsky and Zinoviev were expelled from the party. # short: yes
    - else:
        The Central Committee voted it down, and the opposition stayed in the party, bitter and organised. # speculative: yes # short: yes
    }
}
{ collectivization:
    Now Bukharin, Rykov and Tomsky oppose the pace of the Plan and the war on the villages: an opposition on the right. # short: yes
}
{ nep_kept:
    Now young communists ask why the party fed the kulak and starved the factories. # speculative: yes # short: yes
}
{ left_plan:
    Now the Right is in opposition to the tax squeeze on the peasants. # speculative: yes # short: yes
}
So the old question returns. {ch3_trotsky_leads:The Politburo majority says|Stalin, Molotov and Kaganovich say}: a party surrounded by enemies cannot become a debating society. Expel those who will not submit. # short: yes
{ch3_trotsky_leads:Christian Rakovsky and the Democratic Centralist Timofei Sapronov answer|Trotsky, Christian Rakovsky and the Democratic Centralist Timofei Sapronov answer} that the ban was meant for a siege, not for ever. Without open debate the party becomes an apparatus of officials. Print every platform and let the workers judge. # short: yes
{
- thermidor_expel and thermidor_open:
    The NEP's traders and rich peasants are taking over the soviets and the party. Whatever the party decides now, the revolution is sliding into Thermidor. # watch: yes
- thermidor_expel:
    The NEP's traders and rich peasants are gaining on the soviets. Silence the party's critics now, and no one will be left to stop a quiet slide into Thermidor; an open debate could rouse the workers to stop it. # watch: yes
- thermidor_open:
    The NEP's traders and rich peasants are gaining on a weakened party. Split it into open platforms now, and it could slide into Thermidor; a party that closes ranks could stop it. # watch: yes
}
// Who argues each way is the path's own: with Trotsky at the head of the party the text gives
// the ban to the Politburo majority, unnamed, and the case for platforms to Rakovsky and
// Sapronov. Each option is written twice, one shown at a time, with one outcome (below).
* {not ch3_trotsky_leads} [Expel the Left, then drive out the Right: no open blocs # option: expel-oppositions # advocates: Stalin, Molotov, Kaganovich # historical: yes]
    -> oppositions_expel ->
* {ch3_trotsky_leads} [Expel the Left, then drive out the Right: no open blocs # option: expel-oppositions # historical: yes]
    -> oppositions_expel ->
* {not ch3_trotsky_leads} [Lift the ban on factions: print every platform and elect on them # option: open-platforms # advocates: Trotsky, Rakovsky, Sapronov]
    -> oppositions_open ->
* {ch3_trotsky_leads} [Lift the ban on factions: print every platform and elect on them # option: open-platforms # advocates: Rakovsky, Sapronov]
    -> oppositions_open ->
-
{ nep_kept and ch3_thermidor(soviets, party):
    -> thermidor_slide
}
Outside the Soviet Union the ground is shifting too. On 24 October 1929 the New York stock market crashes, and the world slides into depression; in Germany the unemployed begin to turn to the Communists and to Hitler's National Socialists.
-> oppositions_card ->
-> chapter4

= oppositions_expel
~ factions_banned = true
~ change("party", 8, "The oppositions expelled; no open blocs remain")
~ change("soviets", -10, "Dissent becomes disloyalty; members keep their heads down")
~ change("world", -2, "Communist parties abroad purge their own oppositions")
{ stalin_gensec and collectivization:
    In February 1929 Trotsky is deported from the Soviet Union to Turkey. In July, Preobrazhensky, Karl Radek and Ivar Smilga recant, saying the Plan is their own programme at last, and hundreds of their comrades follow them back. The Right goes by stages: Tomsky loses the trade unions in June, Bukharin the editorship of Pravda and the Communist International, and on 17 November 1929 his seat in the Politburo. A week later the three recant in Pravda. Rykov keeps the government until December 1930.
    In November 1929 Yakov Blumkin, a Chekist who had carried a message from Trotsky, becomes the first Bolshevik shot for opposition. The party now speaks with one voice, and it is the General Secretary's.
- else:
    { nep_kept:
        The Politburo majority enforces the ban. The Left's leaders are expelled and sent to distant towns, and the party closes ranks around Bukharin's NEP. The factory cells stop asking awkward questions, at least aloud. # speculative: yes
    - else:
        The Politburo majority enforces the ban. The Left's leaders are expelled and sent to distant towns; the Right's lose their posts and recant in Pravda. The party speaks with one voice, though whose voice it is will take some years to settle. # speculative: yes
    }
}
->->

= oppositions_open
~ open_platforms = true
~ change("soviets", 12, "Platforms debated openly in factory cells")
~ change("party", -18, "Rival platforms split the party in the open")
The Central Committee repeals the ban of 1921.{stalin_gensec: The expelled are readmitted, and Trotsky comes back from Alma-Ata.} Pravda prints every platform side by side, and the factory cells elect their congress delegates on them. # speculative: yes
{ collectivization:
    The collective farms are argued over in print, and the Right's warnings about the villages reach every cell. The Politburo majority holds, and so does its policy, but no one can any longer say it was not warned. # speculative: yes
- else:
    The debates are loud and long, and some meetings end in fistfights. Workers come to party meetings again because something is decided there. # speculative: yes
}
->->

= oppositions_card
# history: The Left and the Right Oppositions, 1927–1930
Trotsky and Zinoviev were expelled from the party in November 1927, and dozens more oppositionists in December. Trotsky was exiled to Alma-Ata (today Almaty) and deported abroad in 1929. Then Stalin turned on the Right. Bukharin lost his Politburo seat in November 1929, and he, Rykov and Tomsky recanted. From then on no open opposition was possible. # short: yes
The Tenth Congress banned factions in March 1921. The Left Opposition's Platform of September 1927 was refused publication; after counter-demonstrations on 7 November 1927, Trotsky and Zinoviev were expelled from the party on 14 November, and the Fifteenth Congress in December expelled some 75 more, among them Kamenev. Zinoviev and Kamenev recanted and were readmitted in 1928. Trotsky was exiled to Alma-Ata in January 1928 and deported to Turkey in February 1929.
The essay describes Stalin as a "centrist" who first allied with the Right to expel the Left, then with the Left's ideas against the Right. Bukharin lost his Politburo seat on 17 November 1929, and he, Rykov and Tomsky recanted. Rykov was replaced as head of the government by Molotov in December 1930. They were removed from power, not yet from the party; the essay says the Right was expelled by 1930, but that came only in 1937, at the time of the show trials.
->->

= thermidor_slide
~ change("soviets", -8, "The NEPmen's money runs the local soviets")
~ change("party", -8, "Party officials go into business")
The slide is quiet. By 1931 the richer peasants run most village soviets and the grain trade runs through private dealers, who set the price the state must pay. # speculative: yes
In the towns the trusts borrow from foreign banks on the banks' terms, party secretaries take shares in the co-operatives they are meant to supervise, and the unions bargain for jobs rather than power. {open_platforms:For a year the workers crowd into the meetings; then the open debate of 1929 turns into a contest of lobbies, and the grain dealers, the trusts and the foreign concessions all find their spokesmen in the party.|With the oppositions expelled, no one inside the party is left to sound the alarm.} The workers stop coming to meetings, and no one notices. # speculative: yes # marker: moscow: Thermidor: the NEPmen's republic
-> oppositions_card ->
# ending: thermidor
This epilogue is speculation: what might have followed if the market had swallowed the workers' state. # speculative: yes
No one storms anything. Through the 1930s the red flags stay up and the word "soviet" stays on the money, but the Party becomes a society of administrators who manage a mixed economy on behalf of whoever pays: the trusts, the foreign creditors and a new rural bourgeoisie of grain farmers. Private trade returns in full; in 1934 a decree allows land to be leased and mortgaged, and in all but name it can be sold. The émigré lawyer Nikolai Ustryalov, who argued in the 1920s that the NEP would carry the Bolsheviks back to a great bourgeois Russia, is invited home to write the new legal code. # speculative: yes
There is no famine of 1932–33 on this path, and no mass deportation of peasants; millions who died in history live, and the herds are not slaughtered. The villages prosper, unequally. The towns grow slowly. Workers keep their wages and lose their say, and the generation that made October grows old on a pension from a state that no longer speaks its language. # speculative: yes
Abroad, the Comintern withers into a club of exiles, and the communist parties of Europe lose the one state they looked to. A Russia with fewer steel mills and more grain would have had to face Hitler in the 1940s with allies rather than tanks; whether it would have found them, no one can say. # speculative: yes
Thermidor was the month of the French revolutionary calendar in which, in 1794, the Revolution's heirs turned on its radicals and made their peace with property. The Left Opposition warned of a Soviet Thermidor from the mid-1920s. On this path the warning came true, not by a coup but by a slow exchange of power for comfort, until the workers' state was a state like others, run by its officials for its owners. # speculative: yes
-> END
