// October Paths — Chapter 4: 1928–1939: Fascism and the Popular Front.
// Forks, in order: third-period, popular-front, trials (with a second choice point on the
// officer corps, May 1937), pact-1939. The chapter runs into 1940 (the Winter War, the
// Baltic states and Bessarabia) and then diverts to chapter5. No ending lives here.
// Dates are New Style.
//
// Flags read from earlier chapters (declared there):
//   Ch2: comintern_push, turn_east (third-period, popular-front: the state of the Comintern),
//        ex_tsarist_officers (trials: the officer corps), brest (pact-1939, text),
//        ch2_poland (pact-1939: what the pact gives and takes).
//   Ch3: stalin_gensec, collective_leadership (who leads: third-period text; trials: a purge
//        without one-man rule is smaller), factions_banned, open_platforms (trials),
//        collectivization, left_plan, nep_kept (third-period and popular-front: the plan at
//        home; trials: the planners in the dock).
// When neither stalin_gensec nor collective_leadership is set, Chapter 3 made Trotsky Lenin's
// successor; this chapter reads that from the two flags, not from Chapter 3's own variable.

// ---------------------------------------------------------------------------------------
// Flags set in this chapter (read here and by later chapters).
// ---------------------------------------------------------------------------------------

// third-period: the Comintern treats social democracy as "social fascism" and fights the SPD
// as the main enemy. Read by popular-front (the about-turn) and pact-1939 (text).
VAR social_fascism = false

// third-period: the communists offer the socialists a united front against Hitler before
// 1933 (speculative). Read by popular-front, pact-1939 and Chapter 5 (june-1941).
VAR united_front = false

// third-period outcome: Hitler is appointed Chancellor (true on the historical path; on the
// united-front path it depends on Soviets and World). Read by popular-front, pact-1939,
// Chapter 5 (june-1941, after-the-war: without Hitler there is no Nazi invasion) and
// Chapter 6 (no bloc, no divided Germany, no annexed Baltic states).
VAR hitler_in_power = false

// popular-front: Dimitrov's Popular Front, Litvinov's collective security, the International
// Brigades for Spain. Read by pact-1939 and Chapter 5 (june-1941: allies).
VAR popular_front = false

// trials: the purge of the Red Army's officer corps (1937–38). Read by pact-1939 (the Western
// missions doubt the army; the Winter War) and Chapter 5 (june-1941: Army).
VAR officer_purge = false

// trials: the show trials and the Great Terror of 1937–38. Read by pact-1939 (text) and
// Chapter 5 (june-1941) and Chapter 6 (after-stalin, 1991: the retreat from politics).
VAR terror = false

// pact-1939: "pact" (the non-aggression pact with Germany, or with Berlin in a Europe
// without Hitler), "alliance" (a collective-security alliance with Britain and France),
// "neutral" (neither, or an alliance that failed). Read by Chapter 5 (june-1941, after-the-war).
VAR pact = ""

// Chapter-internal: who leads in Moscow, from Chapter 3's flags: "stalin", "collective",
// "trotsky". Read only in this chapter (text, and the scale of the trials).
VAR ch4_leader = ""

// Lookahead for the ending watch lines (`# watch: yes`) about the barbarossa ending, decided
// in the autumn of 1941 by ch5_strength_of() (chapter5.ink). These mirror the meter changes
// of this chapter's last choices, so a warning here says what the check will find.

// pact-1939, with Hitler in power: the strongest the state can be in the autumn of 1941 if
// `choice` ("pact", "alliance", "neutral") is made now, from these meters.
=== function ch4_best_after_pact(choice, i, a, w, p, s, l, purge) ===
~ temp made = "neutral"
~ temp credible = w + a / 2
{ choice:
- "pact":
    ~ made = "pact"
    ~ a = soften(a, 10)
    ~ w = soften(w, -6)
    { popular_front:
        ~ w = soften(w, -2)
    }
    ~ i = soften(i, 4)
    ~ a = soften(a, -4)
- "alliance":
    { popular_front:
        ~ credible = credible + 8
    }
    { purge:
        ~ credible = credible - 10
    }
    { credible >= 40:
        ~ made = "alliance"
        ~ w = soften(w, 10)
        ~ a = soften(a, 3)
        ~ i = soften(i, -4)
        ~ p = soften(p, -3)
    - else:
        ~ w = soften(w, -3)
        ~ a = soften(a, -3)
    }
- else:
    ~ i = soften(i, 4)
    ~ p = soften(p, 3)
    ~ w = soften(w, -4)
    ~ a = soften(a, -3)
}
~ return ch5_best_strength(i, a, w, p, s, l, purge, made)

// The best of the three treaties; it stops looking once one is clear of the warning's reach.
=== function ch4_best_of_pacts(i, a, w, p, s, l, purge) ===
~ temp best = ch4_best_after_pact("pact", i, a, w, p, s, l, purge)
{ best < CH5_BREAKS + CH4_NEAR:
    ~ best = MAX(best, ch4_best_after_pact("alliance", i, a, w, p, s, l, purge))
}
{ best < CH5_BREAKS + CH4_NEAR:
    ~ best = MAX(best, ch4_best_after_pact("neutral", i, a, w, p, s, l, purge))
}
~ return best

// trials, the officer corps: the same if the commanders are purged (`purge`) or spared,
// through the terror that follows either way.
=== function ch4_best_after_officers(purge) ===
~ temp a = army
~ temp p = party
~ temp s = soviets
~ temp i = industry
~ temp w = world
~ temp full_terror = ch4_leader == "stalin" and not open_platforms
{ purge:
    ~ p = soften(p, 6)
    { full_terror:
        ~ a = soften(a, -18)
    - else:
        ~ a = soften(a, -12)
    }
- else:
    ~ a = soften(a, 2)
    ~ p = soften(p, -4)
}
{ full_terror:
    ~ s = soften(s, -10)
    ~ s = soften(s, -8)
    ~ p = soften(p, -15)
    ~ i = soften(i, -4)
    ~ w = soften(w, -5)
- else:
    ~ s = soften(s, -8)
    ~ p = soften(p, -6)
    ~ i = soften(i, -3)
    ~ w = soften(w, -4)
}
~ return ch4_best_of_pacts(i, a, w, p, s, land, purge)

// How close a warning must come: within this much of the line, the game speaks.
CONST CH4_NEAR = 10


=== chapter4 ===
{ stalin_gensec:
    ~ ch4_leader = "stalin"
- else:
    { collective_leadership:
        ~ ch4_leader = "collective"
    - else:
        ~ ch4_leader = "trotsky"
    }
}
-> ch4_third_period

= ch4_third_period
# chapter: 1928–1939: Fascism and the Popular Front
# year: 1928
# fork: third-period
# year: 1929
# date: July 1928 – July 1929
Moscow, high summer 1928. Delegates of more than fifty communist parties gather for the Sixth Congress of the Communist International, and they will sit for seven weeks, the longest congress the International ever holds. Nikolai Bukharin, who has run it since Zinoviev's fall, presents its first full programme and a map of history since the war: a first period of revolutionary storms up to 1923, a second of capitalist recovery, and now a third, of new crises, new wars and new revolutions.
{ ch4_leader == "stalin":
    Everyone in the corridors knows that Stalin and Bukharin are at odds over the grain, and that the International's line will be drawn by whoever wins at home.
- else:
    { ch4_leader == "trotsky":
        In this story Trotsky, not Stalin, chairs the Politburo, and the foreign delegates watch to see whether the Red Army's founder will turn the International into an army too. # speculative: yes
    - else:
        In this story no single man rules in Moscow. The Politburo argues in public, and the foreign delegates lobby its members one by one. # speculative: yes
    }
}
The crisis everyone expects will hit Germany first and hardest. The German Communist Party, the KPD, is the largest outside the Soviet Union: in May it won 3.2 million votes. Its leader, Ernst Thälmann, a Hamburg dock worker, commands street-fighters in uniform, the Red Front. The Social Democrats, the SPD, won nearly three times as many votes and have just formed a government in Berlin under Hermann Müller. The National Socialists of Adolf Hitler won 2.6 per cent and a dozen seats.
{ comintern_push:
    The KPD carries the scars of the risings Moscow urged in 1921 and 1923, and of the Social Democratic ministers who sent troops to crush them. Its members do not forgive easily.
}
{ turn_east:
    Since Moscow turned its hopes to the East, the European parties have had less money, less attention and fewer of their own people in Moscow. The KPD is smaller and more dependent than it might have been. # speculative: yes
}
Who is the enemy? Stalin and Vyacheslav Molotov, backed by Thälmann, answer: social democracy. It is the last prop of capitalism, the party that administers the crisis against the workers. It was under a Social Democratic minister, Gustav Noske, that Freikorps officers murdered Rosa Luxemburg and Karl Liebknecht in 1919. As Stalin wrote in 1924, fascism and social democracy are "not antipodes, but twins". So fight class against class: win the socialist workers away from their leaders from below, never bargain with the leaders, and purge the waverers in every communist party who want to.
{ ch4_leader == "stalin" and not open_platforms:
    Against them stands Leon Trotsky, exiled to Alma-Ata, who has sent the congress a critique of its draft programme; parts of it reach the delegates. It attacks socialism in one country and the defeat in China. His answer to fascism comes as the Nazi vote climbs, in pamphlets he writes from exile in Turkey in 1930–32: a crisis, he argues, drives the ruined middle classes not to the communists but to fascism, and fascism will smash every workers' organisation, socialist and communist, union and co-operative alike. So the workers' parties must defend one another while arguing: march separately, strike together.
- else:
    { ch4_leader == "trotsky":
        Against them, in this story, stands Leon Trotsky, arguing from the Politburo itself. A crisis, he argues, drives the ruined middle classes not to the communists but to fascism, and fascism will smash every workers' organisation, socialist and communist, union and co-operative alike. So the workers' parties must defend one another while arguing: march separately, strike together. # speculative: yes
    - else:
        Against them stands Leon Trotsky, {factions_banned:in this story writing from the provincial town the party has exiled him to|in this story arguing in the open as the leader of the party's left platform}. A crisis, he argues, drives the ruined middle classes not to the communists but to fascism, and fascism will smash every workers' organisation, socialist and communist, union and co-operative alike. So the workers' parties must defend one another while arguing: march separately, strike together. # speculative: yes
    }
}
In Germany the KPD's former leaders, Heinrich Brandler and August Thalheimer, say the same, and risk expulsion for saying it.
Moscow, summer 1928. The Communist International holds its Sixth Congress and declares a "third period": after the post-war storms and the recovery, new crises, new wars and new revolutions are coming. # short: yes
The crisis will hit Germany first. The German Communist Party, the KPD, led by Ernst Thälmann, won 3.2 million votes in May. The Social Democrats, the SPD, won nearly three times as many. Adolf Hitler's National Socialists won 2.6 per cent. # short: yes
Who is the enemy? Stalin and Molotov, backed by Thälmann, answer: social democracy, the last prop of capitalism. Social Democratic ministers sent the troops who crushed the risings of 1919. Fight class against class, and never bargain with the socialist leaders. # short: yes
{ ch4_leader == "stalin" and not open_platforms:
    Leon Trotsky, exiled to Alma-Ata (today Almaty), will answer in the years to come that a crisis drives the ruined middle classes to fascism, and fascism will smash every workers' organisation. So the workers' parties must defend one another: march separately, strike together. # short: yes
- else:
    Against them stands Leon Trotsky. A crisis drives the ruined middle classes to fascism, he argues, and fascism will smash every workers' organisation. So the workers' parties must defend one another: march separately, strike together. # speculative: yes # short: yes
}
In Germany the KPD's former leaders, Heinrich Brandler and August Thalheimer, say the same. # short: yes
* [Social democracy is "social fascism": class against class # option: social-fascism # advocates: Stalin, Molotov, Thälmann # historical: yes]
    ~ social_fascism = true
    ~ change("world", -5, "The Comintern brands the socialists ‘social fascists’")
    ~ change("party", 3, "‘Rightists’ and ‘conciliators’ purged across the International")
    The line hardens year by year. On May Day 1929 the Berlin police, under a Social Democratic police chief, fire on a banned communist march; more than thirty people die, and to the KPD the word "social fascist" now needs no proof. Then the crash on Wall Street turns into a world depression, and by 1932 six million Germans are out of work. # year: 1930
    The Nazis win 18 per cent in September 1930 and 37 per cent in July 1932. The KPD fights the SPD as hard as it fights them: in 1931 it joins a referendum launched by the nationalist right and the Nazis to unseat the Social Democratic government of Prussia. The SPD, for its part, refuses any pact with the communists and tolerates one emergency cabinet after another. When Chancellor Franz von Papen deposes the Prussian government by decree in July 1932, the Social Democrats go to the courts and the communists call a general strike that nobody follows.
    In November 1932 the two workers' parties together still win more votes than the Nazis. It makes no difference. On 30 January 1933 President Hindenburg appoints Hitler Chancellor. # year: 1933 # map: germany=axis # marker: germany: Hitler appointed Chancellor, 30 January 1933
    ~ hitler_in_power = true
    ~ change("world", -5, "Hitler destroys the KPD, the largest party of the International")
    ~ lose(600, "Killed by the SA and SS in 1933 (estimate)")
    Within weeks the Reichstag burns, Thälmann is arrested, and the KPD is smashed; the SPD and the unions follow by the summer. Tens of thousands of communists and socialists meet again in the new concentration camps.
* [A united front of the workers' parties against Hitler # option: united-front # advocates: Trotsky (1930–32), Brandler, Thalheimer]
    ~ united_front = true
    ~ change("world", 6, "Communists offer the socialists a common defence against fascism")
    ~ change("party", -4, "Thälmann's loyalists resist the change of line")
    The International tells the KPD to offer the SPD and the unions a pact of mutual defence: no merger and no truce in argument, but joint guards for each other's meetings, joint strikes against wage cuts, and a promise that an attack on one is an attack on both. # speculative: yes
    The SPD's leaders distrust the offer, and with reason after a decade of insults. But in the factories and the unemployment offices the members on both sides take it up, and by 1931 communist and socialist squads guard each other's halls. # speculative: yes # year: 1931
    // The front holds if the workers' movement behind it is strong and Moscow's word carries
    // abroad: World plus half of Soviets, helped by a strong KPD (comintern_push) and a party
    // that has learned to argue in the open (open_platforms or collective leadership).
    ~ temp front = world + soviets / 2
    { comintern_push:
        ~ front = front + 6
    }
    { turn_east:
        ~ front = front - 4
    }
    { open_platforms or ch4_leader == "collective":
        ~ front = front + 6
    }
    { front >= 55:
        ~ change("world", 8, "A general strike keeps Hitler from power")
        ~ change("party", 4, "The united front vindicated")
        When Papen deposes the Social Democratic government of Prussia in July 1932, both parties call a general strike, as the unions did against the Kapp putsch of 1920. The railways stop and the Reichswehr hesitates. Hindenburg's circle decides that Hitler would bring civil war, not order; the Nazi vote falls in November, and the movement begins to break up. # speculative: yes # year: 1932 # map: germany=independent # marker: germany: A general strike defends the republic, July 1932
        Germany stays a poor and quarrelsome republic, its generals and its right still dreaming of revenge. But there is no Hitler, and the war that was coming may come later, or differently, or not at all. # speculative: yes
    - else:
        ~ hitler_in_power = true
        ~ change("world", -4, "The united front comes too late to stop Hitler")
        ~ lose(600, "Killed by the SA and SS in 1933 (estimate)")
        It is too little, too late. The SPD's leaders keep their distance, the KPD's old hands keep sabotaging the line, and the slump feeds the Nazis faster than the front can grow. On 30 January 1933 Hindenburg appoints Hitler Chancellor, and within months both parties are banned; their members meet again, as allies at last, in the concentration camps. # speculative: yes # year: 1933 # map: germany=axis # marker: germany: Hitler appointed Chancellor, 30 January 1933
    }
-
# history: The Third Period and Hitler's victory, 1928–1933
The Comintern's line from 1928 called the Social Democrats "social fascists". The German communists and socialists fought each other to the end, and the SPD's leaders, too, refused any pact. Together they outpolled the Nazis in November 1932. Hitler became Chancellor on 30 January 1933, and the KPD was crushed within weeks. # short: yes
The Sixth Congress (17 July – 1 September 1928) proclaimed the "third period"; the Tenth Plenum of the Comintern's executive in July 1929 made "social fascism" the binding line and removed Bukharin. In October 1928 Stalin had rescued Thälmann, whom the KPD's Central Committee had suspended for covering up a friend's embezzlement. That winter the KPD expelled Brandler, Thalheimer and their followers. On 1–3 May 1929, "Bloody May", the Berlin police under the SPD's Karl Zörgiebel killed more than thirty people. From exile in Turkey, Trotsky warned in pamphlets of 1930–32 that a Nazi victory would destroy every workers' organisation. The essay calls the line "ultraleft" and its "united front from below" a failure; the SPD's leaders, too, refused any pact with the communists.
In November 1932 the SPD won 20.4 per cent and the KPD 16.9 per cent against the Nazis' 33.1. Hitler became Chancellor on 30 January 1933. After the Reichstag fire of 27 February the KPD was outlawed in all but name; Thälmann, arrested on 3 March, was shot in Buchenwald in August 1944. Several hundred opponents of the regime were killed in 1933; the game counts 600.
-> ch4_popular_front

= ch4_popular_front
# fork: popular-front
# year: 1935
# date: 25 July – 20 August 1935
{ ch2_curzon_peace:
    ~ change("world", 4, "Poland, at peace with Moscow since 1920, talks of common defence")
}
{ collectivization or left_plan:
    ~ change("industry", 6, "The second Five-Year Plan: new steel towns and tractor plants")
    ~ change("bread", 6, "Bread rationing ends in 1935: the worst of the famine years are over")
    At home the second Five-Year Plan is pouring steel: Magnitogorsk in the Urals, the tractor works of {ch4_leader == "stalin":Stalingrad|Tsaritsyn} and Kharkov, the Moscow metro. On 31 August the miner Alexei Stakhanov will cut fourteen times his quota of coal in one shift, and the country will be told to copy him.
- else:
    ~ change("industry", 3, "Slow, steady industrial growth under the NEP")
    At home the factories grow slowly and the markets stay full; the planners complain that there is still no steel for tanks. # speculative: yes
}
{ hitler_in_power:
    The man at the rostrum of the Seventh Congress of the International is the most famous communist in Europe. In 1933 the Nazis put Georgi Dimitrov, a Bulgarian, on trial in Leipzig for the Reichstag fire, and he turned the courtroom on his accusers, with Göring shouting at him from the witness stand. He was acquitted. Now he speaks of defeat: the KPD is destroyed, and in February 1934 the Austrian army shelled the workers' housing blocks of Vienna.
    He also speaks of a turn. In Paris that same February, after fascist leagues rioted outside the parliament, socialist and communist marchers merged into one crowd, and in July 1934 their parties signed a pact of united action. In May 1935 France and the Soviet Union signed a treaty of mutual assistance, Czechoslovakia followed, and since September 1934 the Soviet Union has sat in the League of Nations that Lenin called a thieves' kitchen.
- else:
    In this story Hitler never came to power, and the man at the rostrum of the Seventh Congress of the International is less famous than he might have been. Georgi Dimitrov, a Bulgarian, ran the International's bureau in Berlin and saw the German united front win. Now he asks whether it can be widened. # speculative: yes
    Fascism has not gone away. Mussolini is preparing to invade Ethiopia; Japan has held Manchuria since 1931; in February 1934 the Austrian army shelled the workers' housing blocks of Vienna, and fascist leagues rioted outside the French parliament. # speculative: yes
}
{ social_fascism:
    A year ago the socialists were "social fascists". Many delegates have voted for expelling comrades who said otherwise.
}
Dimitrov, with Palmiro Togliatti of the Italian party and Maurice Thorez of the French, proposes a Popular Front: communists alongside not only socialists but liberals, republicans, peasants' parties, Catholics, anyone willing to oppose fascism and war. Defend parliamentary democracy, which communists used to call a mask for the dictatorship of capital, because fascism is something worse. Maxim Litvinov, the commissar for foreign affairs, supplies the diplomacy to match: collective security, the democracies and the Soviet Union pledged to stand together against any aggressor.
{ ch4_leader == "trotsky" or open_platforms or not factions_banned:
    Trotsky, {ch4_leader == "trotsky":in this story at the head of the party, objects from the chair|in this story still in the Soviet Union, objects}. The united front of workers' parties, yes, he says; but an alliance with the parties of property ties the workers to what the liberals will allow, and when the crisis comes the liberals will choose property. # speculative: yes
- else:
    { ch4_leader == "stalin":
        Trotsky, forced out of France and now in Norway, objects. The united front of workers' parties, yes, he says; but an alliance with the parties of property ties the workers to what the liberals will allow, and when the crisis comes the liberals will choose property.
    - else:
        Trotsky, in this story deported abroad, objects. The united front of workers' parties, yes, he says; but an alliance with the parties of property ties the workers to what the liberals will allow, and when the crisis comes the liberals will choose property. # speculative: yes
    }
}
In the International's own offices, men of the third period, Osip Piatnitsky, Wilhelm Knorin and Béla Kun among them, resist the turn from the other side. Alliances with the imperialist democracies that rule India and Indochina, they say, trade the revolution for a foreign ministry's convenience.
{ hitler_in_power:
    1935. Hitler rules Germany and the KPD is destroyed. At the Seventh Congress of the International the Bulgarian communist Georgi Dimitrov, who defied the Nazis at his trial in Leipzig, proposes a turn. # short: yes
    In France socialists and communists have signed a pact of united action, and the Soviet Union has joined the League of Nations and signed a treaty with France. # short: yes
- else:
    1935. In this story Hitler never came to power, but fascism has not gone away: Mussolini is preparing to invade Ethiopia and Japan holds Manchuria. At the Seventh Congress of the International the Bulgarian communist Georgi Dimitrov asks whether the united front can be widened. # speculative: yes # short: yes
}
{ social_fascism:
    A year ago the socialists were "social fascists". # short: yes
}
Dimitrov, with Palmiro Togliatti of Italy and Maurice Thorez of France, proposes a Popular Front: communists alongside socialists, liberals and anyone willing to oppose fascism and war. The foreign commissar Maxim Litvinov adds collective security: the democracies and the Soviet Union pledged to stand together against any aggressor. # short: yes
{ ch4_leader == "trotsky" or open_platforms or not factions_banned:
    Trotsky objects, in this story from inside the Soviet Union: a united front of workers' parties, yes, but the liberals will always choose property. # speculative: yes # short: yes
- else:
    Trotsky, in exile, objects: a united front of workers' parties, yes, but the liberals will always choose property. # short: yes
}
In the International's offices, Osip Piatnitsky, Wilhelm Knorin and Béla Kun resist the turn from the other side: stay the course, class against class. # short: yes
* [Build a Popular Front against fascism and war, and collective security # option: popular-front # advocates: Dimitrov, Litvinov, Togliatti, Thorez # historical: yes]
    ~ popular_front = true
    ~ change("world", 12, "Dimitrov's Popular Front: all who oppose fascism and war")
    ~ change("world", 5, "Collective security: the League and the French and Czechoslovak pacts")
    { united_front:
        ~ change("world", 4, "The Popular Front grows out of a united front already tested")
    }
    { social_fascism:
        ~ change("world", -2, "Socialists remember being called ‘social fascists’")
    }
    The new line spreads fast. In France the Popular Front wins the elections of May 1936; Léon Blum forms a government that the communists support from outside, and factory occupations win the forty-hour week and the first paid holidays. In Spain a Popular Front won in February.
    { hitler_in_power:
        In July 1936 Spanish generals rise against the Republic, and German and Italian planes ferry Franco's Army of Africa across the strait.
    - else:
        In July 1936 Spanish generals rise against the Republic. Italian planes help carry Franco's Army of Africa across the strait; in this story no German ones come. # speculative: yes
    }
    Britain and France declare non-intervention. From October Soviet tanks, aircraft and advisers arrive, paid for with the Spanish gold reserve, and in November the first International Brigades, volunteers raised by the Comintern's parties from more than fifty countries, help hold Madrid. # year: 1936 # marker: spain: The International Brigades help hold Madrid, November 1936
    ~ change("army", 4, "Soviet tank crews and pilots tested in Spain")
    ~ lose(10000, "International Brigade volunteers killed in Spain (estimate)")
    { ch4_leader == "stalin":
        The Comintern brings its own police too. In 1937 Soviet agents hunt the anti-Stalinist POUM and murder its leader, Andreu Nin.
    }
    { hitler_in_power:
        ~ change("world", -3, "Franco wins in Spain")
        The Republic fights for almost three years; Madrid falls in March 1939.
    - else:
        Without German planes and tanks the rising stalls, and after a long, bloody war the Republic survives, exhausted. # speculative: yes
    }
* [A workers' united front only: no alliance with the parties of property # option: workers-front # advocates: Trotsky]
    ~ change("world", 4, "Communists and socialists build a workers' front")
    ~ change("soviets", 3, "Joint workers' committees in the factories")
    Moscow backs united fronts of communists and socialists, with factory committees and workers' militias, and no pacts with liberal parties or with bourgeois governments. # speculative: yes
    In France the two workers' parties fall short of a majority in 1936, and the Radicals govern with the right. In Spain, when the generals rise in July 1936, militias of the unions and the workers' parties fight them, and the revolution goes further and faster than in history: land and factories taken over, churches burned. Britain and France are more hostile still, and Soviet arms come late and few. # speculative: yes # year: 1936 # marker: spain: Workers' militias fight the generals' rising, July 1936
    ~ lose(8000, "Foreign volunteers killed in Spain (estimate)")
    {hitler_in_power:With German and Italian help Franco wins, sooner than in history.|Without German help the generals fail to take the cities, and a revolutionary Spain fights on against them for years.} # speculative: yes
* [Stay the course: class against class # option: stay-the-course # advocates: Piatnitsky, Knorin, Kun]
    ~ change("world", -8, "Communists abroad stay isolated, fighting socialists and fascists alike")
    ~ change("party", 2, "No change of line to explain")
    The Congress reaffirms the third period. Communists abroad keep denouncing the socialist leaders and the League of Nations, and Litvinov's diplomats are left to talk collective security without a movement behind them. # speculative: yes
    In France the socialists and the Radicals govern without the communists. In Spain, when the generals rise in July 1936, the Republic gets few Soviet arms and no International Brigades. {hitler_in_power:Franco, with Hitler and Mussolini behind him, takes Madrid in 1937.|Franco's rising, with Mussolini's help, grinds on for years.} # speculative: yes # year: 1936
-
{ hitler_in_power:
    In November 1936 Berlin and Tokyo sign an Anti-Comintern Pact, and Mussolini speaks of a Rome–Berlin axis. # map: italy=axis, japan=axis
}
# history: The Popular Front and Spain, 1934–1939
The Soviet Union joined the League of Nations in 1934 and signed treaties with France and Czechoslovakia in 1935. Dimitrov's Popular Front won elections in Spain and France in 1936. In the Spanish Civil War some 35,000 foreign volunteers fought in the International Brigades, and about 10,000 were killed; the Soviet Union sent arms. Franco won in 1939. # short: yes
Litvinov, foreign commissar since 1930, won American recognition in November 1933 and took the Soviet Union into the League of Nations on 18 September 1934. The Franco-Soviet treaty was signed on 2 May 1935 and the Czechoslovak one on 16 May. Dimitrov, acquitted at Leipzig in December 1933, gave the main report to the Seventh Congress on 2 August 1935 and was elected general secretary of the International. The Popular Front won in Spain in February 1936 and in France in May.
The Spanish Civil War began on 17–18 July 1936 and ended with Franco's victory on 1 April 1939. Some 35,000 foreign volunteers served in the International Brigades (estimates run from about 32,000 to 40,000), and perhaps 10,000 of them were killed; the game counts 10,000. The Soviet Union sent about 700 aircraft and 350 tanks, paid for with most of Spain's gold. The brigades were withdrawn in the autumn of 1938. The essay sees the Popular Front as the moment when Litvinov's collective security became the line of the whole movement.
-> ch4_trials

= ch4_trials
# fork: trials
# year: 1936
# date: August 1936
On 1 December 1934 a young party member, Leonid Nikolaev, shot Sergei Kirov, the Leningrad party chief, in a corridor of the Smolny. That evening a decree ordered that terrorism cases be tried within ten days, without defence lawyers or appeal, and the sentences carried out at once. Thousands of Leningraders were deported. Now, in the summer of 1936, the Soviet Union debates a new constitution with universal suffrage and the secret ballot, and the political police, the NKVD, proposes to put the old oppositions on trial as assassins.
{ ch4_leader == "stalin":
    The accused are to be Grigory Zinoviev and Lev Kamenev, Lenin's closest comrades, with fourteen others. They are told that a confession will save their lives and their families. After them, the files name Georgy Pyatakov and Karl Radek. Then Bukharin and Rykov themselves.
- else:
    { ch4_leader == "trotsky":
        In this story the files name the men Trotsky defeated: Stalin's old secretariat and the Right. A confession, they are told, will save their families. # speculative: yes
    - else:
        In this story the files name whichever faction lost the last vote in the Politburo. A confession, they are told, will save their families. # speculative: yes
    }
}
{ factions_banned:
    Since the ban on factions, disagreement in the party has had no legal form. An oppositionist who still thinks his own thoughts is, in the eyes of the apparatus, a conspirator by definition.
}
{ open_platforms:
    In this story the party still prints its platforms, and the men the police want to try are known to every reader as the authors of a rival programme. To try them as assassins is to end the open debate. # speculative: yes
}
{ left_plan:
    In this story the planned industry was the Left Opposition's own programme, and the planners in the files are the men who built it. # speculative: yes
}
{ ch4_leader == "stalin":
    Stalin, with Molotov and Lazar Kaganovich, makes the case for trials. So does Nikolai Yezhov, the party's overseer of the police.
- else:
    The police chiefs and the hard men of the Politburo make the case for trials.
}
Fascism is on the march, in Spain generals have just risen against their own government, and war may come within years. The oppositionists have never truly disarmed: {ch4_leader == "stalin" and not open_platforms:they meet, they correspond with Trotsky|they organise, they print, they lobby the army}, and Kirov's blood is on the floor of the Smolny. Uproot them before the war, or they will open the gates during it. Decades later, in old age, Molotov still defended it on these grounds: the purge removed a fifth column before 1941.
Sergo Ordzhonikidze, commissar of heavy industry, shields his engineers and managers from arrest, and Bukharin, editor of Izvestia and one of the constitution's authors, pleads for the rule of law. A party that shoots its founders on the strength of their own confessions, they argue, will be ruled by fear. Try Kirov's killers in open court; let the defeated live and work.
On 1 December 1934 a young party member shot Sergei Kirov, the Leningrad party chief (Leningrad is today St Petersburg). That evening a decree ordered terrorism cases tried within ten days, without lawyers or appeal. Now, in the summer of 1936, the political police, the NKVD, proposes to put the old oppositions on trial as assassins. # short: yes
{ ch4_leader == "stalin":
    The accused are to be Grigory Zinoviev and Lev Kamenev, Lenin's closest comrades. They are told that a confession will save their lives and their families. # short: yes
- else:
    In this story the files name whoever lost the last vote in the Politburo. A confession, they are told, will save their families. # speculative: yes # short: yes
}
{ factions_banned:
    Since the ban on factions, an oppositionist who still thinks his own thoughts is a conspirator in the eyes of the apparatus. # short: yes
}
{ open_platforms:
    In this story the party still prints its platforms, and the men the police want to try are known as the authors of a rival programme. # speculative: yes # short: yes
}
{ ch4_leader == "stalin":
    Stalin, with Molotov and Lazar Kaganovich, makes the case for trials. So does Nikolai Yezhov, the party's overseer of the police. # short: yes
- else:
    The police chiefs and the hard men of the Politburo make the case for trials. # short: yes
}
War may come within years, they say, and the oppositionists have never truly disarmed: uproot them now, or they will open the gates during the war. # short: yes
Sergo Ordzhonikidze, commissar of heavy industry, shields his engineers from arrest, and Nikolai Bukharin pleads for the rule of law. A party that shoots its founders on their own confessions will be ruled by fear, they argue. Try Kirov's killers in open court, and let the defeated live. # short: yes
// Where Stalin does not lead, the text gives the case for trials to the police chiefs and the
// hard men of the Politburo: of the option's advocates only Yezhov, the party's overseer of the
// police, argues it there (his role card has its version for those paths). The option is
// written twice, one shown at a time, with one outcome (ch4_show_trials).
* {ch4_leader == "stalin"} [Put the oppositions on trial and purge the party # option: show-trials # advocates: Stalin, Molotov, Kaganovich, Yezhov # historical: yes]
    -> ch4_show_trials
* {ch4_leader != "stalin"} [Put the oppositions on trial and purge the party # option: show-trials # advocates: Yezhov # historical: yes]
    -> ch4_show_trials
* [No show trials: try Kirov's killers in open court, let the defeated live # option: no-trials # advocates: Ordzhonikidze, Bukharin]
    ~ change("soviets", 8, "No show trials: workers keep speaking at meetings")
    ~ change("party", -3, "The old quarrels go on in the open")
    ~ change("army", 5, "The officer corps keeps its commanders")
    ~ change("industry", 3, "Engineers and managers keep their posts")
    ~ change("world", 4, "The Soviet Union keeps the respect of the anti-fascist left")
    ~ lose(5000, "Executions for political and other crimes, 1936–38 (estimate)")
    { collectivization:
        ~ lose(110000, "Died in the camps built for the kulaks, 1937–40, at their death rate of 1934–36 (estimate)")
    }
    Nikolaev's associates are tried in open court, with defence lawyers, and shot. The oppositionists keep their jobs and their arguments. The NKVD still arrests, and {collectivization:the camps built for the kulaks stay full|the camps keep their prisoners}, but there are no quotas for the firing squads, no confessions in the House of Trade Unions, no lists with a tick by each name. # speculative: yes
    What might such a party have been? Its congresses would have quarrelled, and its leaders would have been voted out without being shot. Workers who spoke up at a meeting would have had reason to believe it mattered. # speculative: yes
    -> ch4_trials_card

= ch4_show_trials
~ terror = true
{ ch4_leader == "stalin" and not open_platforms:
    In August 1936 Zinoviev, Kamenev and fourteen others confess in the October Hall of the House of Trade Unions. They say they plotted with Trotsky to kill Kirov and Stalin. All sixteen are shot on 25 August. In January 1937 Pyatakov, Radek and fifteen others confess to sabotage and spying for Germany and Japan; thirteen are shot. Ordzhonikidze, whose deputy Pyatakov was, kills himself in February. At the Central Committee plenum of February–March 1937, Bukharin and Rykov are arrested in the hall. # marker: moscow: The Moscow trials, 1936–1938
- else:
    The trials go ahead, in the October Hall of the House of Trade Unions, and the accused confess. But {open_platforms:a party used to open platforms fights each arrest in its cells and its press|in a leadership where no one man decides, each arrest is fought over}, and some of the accused walk free. # speculative: yes # marker: moscow: The Moscow trials, 1936–1938
}
-> ch4_trials_army

= ch4_trials_army
# year: 1937
// The ending watch's lookahead (see ch4_best_after_officers), only where a floor under the
// best outcome (the worst the officers, the terror and 1939 can do) comes near the line.
~ temp purged_best = CH5_BREAKS + CH4_NEAR
~ temp spared_best = CH5_BREAKS + CH4_NEAR
{ hitler_in_power and ch5_best_floor(8, 22, 13, 22, 18, true) < CH5_BREAKS + CH4_NEAR:
    ~ purged_best = ch4_best_after_officers(true)
    { purged_best < CH5_BREAKS:
        ~ spared_best = ch4_best_after_officers(false)
    }
}
In May 1937 the NKVD's files turn to the army. Marshal Mikhail Tukhachevsky, the army's leading moderniser, has just been moved from deputy commissar of defence to a command on the Volga; now he is accused of plotting a coup with the Germans. {ex_tsarist_officers:He was a lieutenant in the Tsar's Guards, like thousands of the officers Trotsky took into the Red Army in 1918, and in 1930–31 the police had already arrested some three thousand former tsarist officers.|He was a lieutenant in the Tsar's Guards who went over to the Bolsheviks.} Yezhov's lists name his colleagues: Iona Yakir, Ieronim Uborevich, and hundreds more below them.
{ ch4_leader == "stalin":
    Stalin and the defence commissar, Kliment Voroshilov, argue that an army whose commanders are suspected cannot be trusted in war: cut now, while there is time to promote others.
- else:
    The police chiefs argue that an army whose commanders are suspected cannot be trusted in war: cut now, while there is time to promote others. # speculative: yes
}
The commanders' own case is their work. They built the mechanised corps, the paratroops and the doctrine of deep battle; there is no second generation trained to replace them, and war may be two or three years away.
{ hitler_in_power:
    {
    - spared_best < CH5_BREAKS:
        War with Hitler's Germany is coming, and the Red Army and the state are too weak to survive his invasion, whatever is done with the commanders now. # watch: yes
    - purged_best < CH5_BREAKS:
        War with Hitler's Germany is coming, and the Red Army is already weak. Purge its commanders now, and it will be too weak to survive the invasion. # watch: yes
    - purged_best < CH5_BREAKS + CH4_NEAR:
        War with Hitler's Germany is coming, and the Red Army is weaker than it looks. Purge its commanders now, and one more mistake could leave it too weak to survive the invasion. # watch: yes
    }
}
// Where Stalin does not lead, the police chiefs argue for the purge, and Yezhov's lists name
// the commanders: one outcome (ch4_officers_purged) for both versions of the option.
* {ch4_leader == "stalin"} [Purge the officer corps # option: purge-officers # advocates: Stalin, Voroshilov, Yezhov # historical: yes]
    -> ch4_officers_purged ->
* {ch4_leader != "stalin"} [Purge the officer corps # option: purge-officers # advocates: Yezhov # historical: yes]
    -> ch4_officers_purged ->
* [Leave the commanders in their posts # option: spare-officers # advocates: Tukhachevsky, Yakir, Uborevich]
    ~ change("army", 2, "The modernisers keep command of the Red Army")
    ~ change("party", -4, "A proud officer corps that argues with the Politburo")
    The lists are put away. Tukhachevsky keeps his Volga command and his head, the commanders below him keep theirs, and the mechanised corps and the new tactics stay in the hands of the men who designed them. The terror goes on around the army, but not through it. # speculative: yes
-
{ ch4_leader == "stalin" and not open_platforms:
    ~ change("soviets", -10, "The Great Terror: workers learn to keep their heads down")
    ~ change("soviets", -8, "Single-candidate elections under the new constitution")
    ~ change("party", -15, "The party devours its own cadres: most delegates of its 1934 congress arrested")
    ~ change("industry", -4, "Managers and engineers arrested as ‘wreckers’")
    ~ change("world", -5, "The Moscow trials appal the Soviet Union's friends abroad")
    ~ lose(681692, "Shot in the Great Terror, 1937–38 (NKVD records)")
    ~ lose(225000, "Died in the Gulag's camps, 1937–40 (the camp administration's records; a floor)")
    Then the terror reaches everyone. NKVD Order No. 00447 of 30 July 1937 sets quotas for each region, so many to be shot and so many sent to the camps, against "former kulaks, criminals and other anti-Soviet elements". Further orders target Poles, Germans, Latvians, Koreans and other nationalities. Three-man troikas pass sentence in minutes. Neighbours denounce neighbours for their flats; workers learn never to speak at a meeting. In December 1937 the new constitution's first elections offer one candidate for each seat. The camps swell past a million and a half prisoners, and in 1938 alone about a hundred thousand die in them.
    In March 1938 Bukharin, Rykov and Genrikh Yagoda, the former police chief, confess in the third great trial and are shot. In November the Politburo halts the mass operations, and Yezhov is replaced by Lavrenty Beria; he is shot in 1940. # year: 1938
- else:
    ~ change("soviets", -8, "The terror teaches workers to keep their heads down")
    ~ change("party", -6, "The party purges its own cadres")
    ~ change("industry", -3, "Managers arrested as ‘wreckers’")
    ~ change("world", -4, "The Moscow trials appal the Soviet Union's friends abroad")
    ~ lose(150000, "Shot in the purges of 1937–38 (estimate, this path)")
    ~ lose(100000, "Died in the camps, 1937–40 (estimate, this path: fewer prisoners than in history)")
    The purge spreads beyond the trials, with quotas and troikas, but {ch4_leader == "stalin":with the party's cells still used to open argument|without one man to drive it}, it burns out sooner. The game's estimate is 150,000 shot, a fraction of history's toll and still a catastrophe. # speculative: yes # year: 1938
}
-> ch4_trials_card

= ch4_officers_purged
~ change("party", 6, "No Bonaparte: the army answers to the Politburo alone")
~ officer_purge = true
{ ch4_leader == "stalin" and not open_platforms:
    ~ change("army", -18, "The officer corps purged: three of five marshals, most army commanders")
    Tukhachevsky, Yakir, Uborevich and five other commanders are tried in secret on 11 June 1937 and shot the next day. The purge rolls on through the officer corps, from marshals to captains. # marker: moscow: Tukhachevsky and seven commanders shot, June 1937
- else:
    ~ change("army", -12, "The officer corps purged")
    Tukhachevsky and a handful of commanders are shot, and thousands of officers are dismissed; fewer are shot than in history, but the army learns that initiative is dangerous. # speculative: yes # marker: moscow: Tukhachevsky and other commanders shot, 1937
}
->->

= ch4_trials_card
# history: The Moscow trials and the Great Terror, 1936–1938
Three great show trials, in 1936, 1937 and 1938, sent Lenin's old comrades to their deaths on forced confessions. In June 1937 Marshal Tukhachevsky and seven other commanders were shot, and the purge tore through the officer corps. By the NKVD's own records more than 1.5 million people were arrested in 1937–38 and 681,692 were shot. Many more died in the camps. # short: yes
There were three great Moscow trials. In August 1936 Zinoviev, Kamenev and fourteen others were tried, and all were shot. In January 1937 came Pyatakov, Radek and fifteen others. In March 1938 came Bukharin, Rykov, Yagoda and eighteen others. The evidence was confessions, obtained by threats to the accused and their families, beatings and sleeplessness. Trotsky, named the chief plotter, was murdered in Mexico in August 1940. Khrushchev called the purges crimes in 1956; Bukharin and Rykov were rehabilitated in 1988.
Tukhachevsky, Yakir, Uborevich and five others were shot on 12 June 1937. Three of the five marshals died, and by the usual count thirteen of fifteen army commanders and most corps and division commanders. About 35,000 officers were dismissed in 1937–38; roughly a third were reinstated by 1940.
By the NKVD's own records, more than 1.5 million people were arrested in 1937–38 and 681,692 were shot; the game counts those executions. Many more died in the camps: the camp administration recorded about 225,000 deaths in 1937–40, which the game also counts, and historians think the records fall short, since the dying were often released to die outside. The essay sees here the root of 1991: a working class that learned politics was not worth the risk, and retreated into private life.
-> ch4_pact_1939

= ch4_pact_1939
# fork: pact-1939
# year: 1939
# date: August 1939
// The ending watch's lookahead (see ch4_best_after_pact), only where a floor under the
// best outcome (the worst each treaty can do) comes near the line.
~ temp after_pact = CH5_BREAKS + CH4_NEAR
~ temp after_alliance = CH5_BREAKS + CH4_NEAR
~ temp after_neutral = CH5_BREAKS + CH4_NEAR
{ hitler_in_power and ch5_best_floor(4, 4, 8, 3, 0, officer_purge) < CH5_BREAKS + CH4_NEAR:
    ~ after_pact = ch4_best_after_pact("pact", industry, army, world, party, soviets, land, officer_purge)
    ~ after_alliance = ch4_best_after_pact("alliance", industry, army, world, party, soviets, land, officer_purge)
    ~ after_neutral = ch4_best_after_pact("neutral", industry, army, world, party, soviets, land, officer_purge)
}
~ temp lost_pact = after_pact < CH5_BREAKS
~ temp lost_alliance = after_alliance < CH5_BREAKS
~ temp lost_neutral = after_neutral < CH5_BREAKS
~ lose(9703, "Soviet dead and missing at Khalkhin Gol, 1939")
In the far east, on the Mongolian steppe at Khalkhin Gol, Soviet and Japanese armies have been fighting since May. In the last days of August, a corps commander named Georgy Zhukov encircles the Japanese with tanks and aircraft and destroys them. It costs nearly ten thousand Soviet lives. # marker: mongolia: Zhukov defeats the Japanese at Khalkhin Gol, August 1939
{ hitler_in_power:
    In Europe the danger is nearer. In March 1938 Hitler annexed Austria. # year: 1938 # map: austria=axis
    { ch2_poland == "soviet":
        At Munich in September 1938 Britain and France gave him the Sudetenland without asking the Czechoslovaks, and without inviting the Soviet Union, which was bound by treaty to defend Czechoslovakia if France did. In March 1939 the Wehrmacht marched into Prague. Now Hitler claims Danzig (today Gdańsk) and a road across the Polish Corridor from the Polish Soviet Republic, which the Red Army has guarded since 1920: to attack it is to attack the Soviet Union. # speculative: yes # year: 1939 # map: czechoslovakia=axis # marker: czechoslovakia: The Wehrmacht enters Prague, March 1939
    - else:
        At Munich in September 1938 Britain and France gave him the Sudetenland without asking the Czechoslovaks, and without inviting the Soviet Union, which was bound by treaty to defend Czechoslovakia if France did. In March 1939 the Wehrmacht marched into Prague. Britain then guaranteed Poland, and Hitler plans to attack it in the first days of September. # year: 1939 # map: czechoslovakia=axis # marker: czechoslovakia: The Wehrmacht enters Prague, March 1939
    }
    { ch2_poland == "soviet":
        On 3 May Litvinov was dismissed; Molotov now runs foreign affairs as well as the government. {terror:Many of Litvinov's diplomats have been shot or sent to the camps.} On 11 August a British and French military mission arrives in Moscow after a slow voyage by sea, with no power to sign anything. Voroshilov asks one question: will Britain and France fight if Germany attacks Soviet Poland? The mission cannot say. {officer_purge:The British and French staffs doubt anyway that an army which has just shot its commanders can fight.} Meanwhile Berlin offers a treaty of non-aggression, and more: a secret line dividing Eastern Europe. {brest == "sign" or brest == "delay":Much of what was signed away at Brest-Litovsk in 1918 is on that map.} # speculative: yes
    - else:
        On 3 May Litvinov was dismissed; Molotov now runs foreign affairs as well as the government. {terror:Many of Litvinov's diplomats have been shot or sent to the camps.} On 11 August a British and French military mission arrives in Moscow after a slow voyage by sea, with no power to sign anything. Voroshilov asks one question: will Poland let the Red Army cross its territory to fight the Germans? The Poles say no. {officer_purge:The British and French staffs doubt anyway that an army which has just shot its commanders can fight.} Meanwhile Berlin offers a treaty of non-aggression, and more: a secret line dividing Eastern Europe. {brest == "sign" or brest == "delay":Much of what was signed away at Brest-Litovsk in 1918 is on that map.}
    }
    Molotov{ch4_leader == "stalin":, for Stalin,} argues for Berlin's offer. London and Paris sold out Czechoslovakia and now send junior officers; they want Hitler to march east. A pact keeps the Soviet Union out of the war, pushes the frontier west, and buys years for an army and an industry that need them.
    Litvinov argued until his dismissal, and Ivan Maisky, the ambassador in London, still argues, for the alliance: only a firm pact of three powers can stop Hitler, and a deal with him sends him west only to return east with Europe's industry behind him. {popular_front:It would also betray every anti-fascist who joined the Popular Front.}
    Andrei Zhdanov has told Pravda's readers that the British and French do not want an equal treaty. If neither side can be trusted, say those who think like him, sign with neither and keep a free hand.
- else:
    In Europe, in this story, there is no Hitler. A conservative German republic is rearming slowly and still wants back Danzig (today Gdańsk) and the lands lost to Poland. Mussolini took Albania in April. Litvinov was dismissed in May; Molotov runs foreign affairs as well as the government. # speculative: yes
    Three courses are argued in the Politburo. # speculative: yes
    Molotov wants to renew the Treaty of Berlin of 1926, the neutrality pact that followed Rapallo. Germany is the best customer for Soviet grain and timber and the best supplier of machine tools; a quiet western frontier lets the army face Japan, which has just shown at Khalkhin Gol that it means business. Why pick a quarrel in Europe when the war is in Asia? # speculative: yes
    Litvinov and Ivan Maisky, the ambassador in London, want a binding treaty of mutual assistance with Britain and France. Mussolini has taken Ethiopia and Albania, Japan holds Manchuria and half of China, and aggressors stop only when they meet a wall. A pact with Berlin would only tell Paris that Moscow can be bought. # speculative: yes
    Andrei Zhdanov, who has told Pravda's readers that the British and French never want an equal treaty, wants to sign with neither. Every capitalist power will sell the Soviet Union when it suits; keep a free hand and build up the army. # speculative: yes
}
August 1939. On the Mongolian steppe at Khalkhin Gol, Georgy Zhukov's tanks destroy a Japanese army. It costs nearly ten thousand Soviet lives. # short: yes
{ hitler_in_power:
    { ch2_poland == "soviet":
        In Europe the danger is nearer. Hitler has taken Austria, then Czechoslovakia, after Britain and France gave him the Sudetenland at Munich without asking the Soviet Union. Now he claims Danzig (today Gdańsk) from the Polish Soviet Republic, which the Red Army has guarded since 1920. # speculative: yes # short: yes
        A British and French mission arrives in Moscow with no power to sign anything, and cannot say whether its governments would fight for Soviet Poland. Meanwhile Berlin offers a treaty of non-aggression, with a secret line dividing Eastern Europe. # speculative: yes # short: yes
    - else:
        In Europe the danger is nearer. Hitler has taken Austria, then Czechoslovakia, after Britain and France gave him the Sudetenland at Munich without asking the Soviet Union. Now he plans to attack Poland. # short: yes
        A British and French mission arrives in Moscow with no power to sign anything, and Poland will not let the Red Army cross its land to fight the Germans. Meanwhile Berlin offers a treaty of non-aggression, with a secret line dividing Eastern Europe. # short: yes
    }
    Molotov, now in charge of foreign affairs, argues for Berlin's offer: it keeps the Soviet Union out of the war and buys years for the army. # short: yes
    Maxim Litvinov, dismissed in May, and Ivan Maisky, the ambassador in London, argue for an alliance with Britain and France: only a wall of three powers can stop Hitler. # short: yes
    Andrei Zhdanov trusts neither side: sign with no one and keep a free hand. # short: yes
- else:
    In Europe, in this story, there is no Hitler. A conservative German republic is rearming slowly. # speculative: yes # short: yes
    Molotov wants to renew the neutrality treaty with Germany, the Soviet Union's best trading partner, and face Japan in the east. Litvinov and Ivan Maisky want a binding alliance with Britain and France against all aggressors. Andrei Zhdanov wants to sign with neither. # speculative: yes # short: yes
}
{ hitler_in_power:
    {
    - lost_pact and lost_alliance and lost_neutral:
        The Red Army and the state are too weak to survive the German invasion that is coming, whatever is signed now. # watch: yes
    - lost_pact or lost_alliance or lost_neutral:
        Germany will attack sooner or later, and the Red Army is close to breaking. Choose {lost_pact:the pact}{lost_pact and (lost_alliance or lost_neutral): or }{lost_alliance:the alliance}{lost_alliance and lost_neutral: or }{lost_neutral:neutrality} now, and it will be too weak to survive the invasion. # watch: yes
    - MIN(after_pact, MIN(after_alliance, after_neutral)) < CH5_BREAKS + CH4_NEAR:
        Germany will attack sooner or later, and the Red Army is weaker than it looks: the wrong choice now, or in the first months of the war, could break the Soviet state. # watch: yes
    }
}
// Where Stalin does not lead, Molotov argues for the treaty on his own account: one outcome
// (ch4_pact_chosen) for both versions of the option.
* {ch4_leader == "stalin"} [{hitler_in_power:Sign a non-aggression pact with Germany|Renew the neutrality treaty with Germany} # option: pact # advocates: Stalin, Molotov # historical: yes]
    -> ch4_pact_chosen
* {ch4_leader != "stalin"} [{hitler_in_power:Sign a non-aggression pact with Germany|Renew the neutrality treaty with Germany} # option: pact # advocates: Molotov # historical: yes]
    -> ch4_pact_chosen
* [Seal a collective-security alliance with Britain and France # option: alliance # advocates: Litvinov, Maisky]
    { not hitler_in_power:
        ~ pact = "alliance"
        ~ change("world", 8, "A security alliance with Britain and France")
        ~ change("army", 2, "Staff talks with the French army")
        The three powers sign a pact of mutual assistance against any aggressor in Europe. Mussolini thinks twice about his next adventure, and the German generals about theirs. # speculative: yes
        -> ch4_pact_end
    }
    // Credible only if the Soviet Union has friends abroad and an army worth allying with:
    // World plus half of Army, helped by the Popular Front, hurt by the officer purge.
    ~ temp credible = world + army / 2
    { popular_front:
        ~ credible = credible + 8
    }
    { officer_purge:
        ~ credible = credible - 10
    }
    { credible >= 40:
        ~ pact = "alliance"
        ~ change("world", 10, "A triple alliance with Britain and France against Hitler")
        ~ change("army", 3, "Joint staff plans with the French and British")
        ~ change("industry", -4, "Ready to march for Poland: war production from 1939")
        ~ change("party", -3, "Molotov and Zhdanov outvoted on the alliance")
        { ch2_poland == "soviet":
            Moscow turns Ribbentrop away and signs with London and Paris at the end of August. The triple alliance guards Soviet Poland too. # speculative: yes
            Hitler drops his claim to Danzig, for now. The war has not been abolished; it has been delayed, and when it comes Germany will face east and west at once. # speculative: yes # marker: moscow: A triple alliance against Hitler, August 1939
        - else:
            Moscow turns Ribbentrop away and tells London and Paris it will sign if they make Warsaw accept Soviet help. Faced with a treaty and a two-front war, they lean on the Poles, who agree, grudgingly, to let Soviet troops in if Germany attacks. The triple alliance is signed at the end of August. # speculative: yes
            Hitler postpones the attack on Poland. The war has not been abolished; it has been delayed, and when it comes Germany will face east and west at once. # speculative: yes # marker: moscow: A triple alliance against Hitler, August 1939
        }
    - else:
        ~ pact = "neutral"
        ~ change("world", -3, "The alliance talks fail")
        ~ change("army", -3, "The Wehrmacht reaches the Soviet border")
        { ch2_poland == "soviet":
            Moscow turns Ribbentrop away and keeps talking to London and Paris. {officer_purge:They do not believe a purged Red Army can fight|They do not trust Moscow's word}, and they will not promise to fight for Soviet Poland. The talks drag on into September. # speculative: yes
            Hitler, not yet ready to fight the Red Army in Poland, takes Danzig and turns west: in May 1940 he attacks France and the Low Countries. The Wehrmacht and the Red Army face each other across Soviet Poland's border, with no treaty between them. # speculative: yes # marker: poland: Germany takes Danzig, September 1939
        - else:
            Moscow turns Ribbentrop away and keeps talking to London and Paris. {officer_purge:They do not believe a purged Red Army can fight|They do not trust Moscow's word}, and the Poles will not let the Red Army in. The talks drag on into September. # speculative: yes
            On 1 September Germany invades Poland without a pact in its pocket, and Britain and France declare war. Poland falls in five weeks, all of it, and the Wehrmacht stands on the old Soviet frontier, with no buffer and no treaty. # speculative: yes # map: poland=axis # marker: poland: Germany conquers all of Poland, September 1939
        }
    }
* [Sign with no one: stay neutral # option: neutral # advocates: Zhdanov]
    ~ pact = "neutral"
    ~ change("industry", 4, "No war orders: the Third Plan builds factories, not forts")
    ~ change("party", 3, "No treaty to explain to the comrades")
    { hitler_in_power:
        { ch2_poland == "soviet":
            ~ change("world", -4, "Moscow stands aside as Hitler takes Danzig")
            ~ change("army", -3, "The Wehrmacht reaches Soviet Poland's border")
            Moscow signs nothing. Hitler, not yet ready to fight the Red Army in Poland, takes Danzig and turns west: in May 1940 he attacks France and the Low Countries. The Baltic states and Finland stay independent, and the Wehrmacht faces the Red Army across Soviet Poland's border. # speculative: yes # marker: poland: Germany takes Danzig, September 1939
        - else:
            ~ change("world", -4, "Moscow stands aside as Poland falls")
            ~ change("army", -3, "The Wehrmacht reaches the Soviet border")
            Moscow signs nothing. On 1 September Germany invades Poland, and Britain and France declare war. Poland falls in five weeks, all of it; the Baltic states and Finland stay independent, and the Wehrmacht stands on the old Soviet frontier. # speculative: yes # map: poland=axis # marker: poland: Germany conquers all of Poland, September 1939
        }
    - else:
        ~ change("world", -2, "Moscow keeps its distance from everyone")
        Moscow signs nothing and watches. Europe stays uneasily at peace, and every capital goes on rearming. # speculative: yes
    }
-
-> ch4_pact_end

= ch4_pact_chosen
~ pact = "pact"
{ hitler_in_power:
    -> ch4_pact_signed
}
~ change("industry", 5, "German machine tools traded for Soviet grain and oil")
~ change("army", 3, "A quiet western border")
~ change("world", -3, "France suspects a new Rapallo")
The treaty with Berlin is renewed, trade grows, and German engineers come to Soviet factories as they did in the 1920s. France and Britain grumble about a new Rapallo. No one partitions anybody. # speculative: yes
-> ch4_pact_end

= ch4_pact_signed
~ change("army", 10, "The pact buys time to rearm")
~ change("world", -6, "Communists abroad told the war is ‘imperialist’")
{ popular_front:
    ~ change("world", -2, "The Popular Front's anti-fascists feel betrayed")
}
~ change("industry", 4, "German machine tools traded for Soviet grain and oil")
~ change("bread", -2, "Grain shipped to Germany")
{
- ch2_poland == "curzon":
    // The lands east of the Curzon line have been Soviet since 1920: there is no eastern Poland
    // to take, so no invasion, no Polish prisoners, no Katyn and no deportees from it.
    Ribbentrop flies in on 23 August, and the pact is signed that night. A secret protocol puts Finland, Estonia, Latvia, Lithuania and Bessarabia in the Soviet sphere, and leaves all of Poland to Germany: the Soviet border has run on the Curzon line since 1920. {social_fascism:The parties that once called the socialists fascism's twins must now explain a handshake with the real thing.} # speculative: yes
    On 1 September Germany invades Poland, and Britain and France declare war. This time the Red Army does not march, because there is no eastern Poland left to take. Poland falls in five weeks, all of it, and the Wehrmacht stands on the Curzon line. Communist parties abroad are ordered to call the war an imperialist war. # speculative: yes # map: poland=axis, german-east=axis # marker: poland: Germany conquers all of Poland, September 1939
- ch2_poland == "soviet":
    // Poland has been a Soviet republic since 1920: nothing to divide, no one to invade.
    Ribbentrop flies in on 23 August, and the pact is signed that night. A secret protocol puts Finland, Estonia, Latvia, Lithuania and Bessarabia in the Soviet sphere, and hands Germany Danzig and the Polish Corridor. {social_fascism:The parties that once called the socialists fascism's twins must now explain a handshake with the real thing.} # speculative: yes
    With its eastern border quiet, Hitler turns west. In April 1940 he takes Denmark and Norway, and in May he attacks France and the Low Countries; Britain and France are at war with him at last. Communist parties abroad are ordered to call the war an imperialist war. # speculative: yes # marker: poland: Germany takes Danzig and the Corridor, September 1939
- else:
    Ribbentrop flies in on 23 August, and the pact is signed that night. A secret protocol puts Finland, Estonia, Latvia, eastern Poland and Bessarabia in the Soviet sphere. {social_fascism:The parties that once called the socialists fascism's twins must now explain a handshake with the real thing.}
    On 1 September Germany invades Poland, and Britain and France declare war. On 17 September the Red Army crosses into eastern Poland; at Brest-Litovsk, German and Soviet troops mark the handover of the town with a joint parade. Germany takes the west of Poland, the Soviet Union the east, annexed to Soviet Ukraine and Belarus. Communist parties abroad are ordered to call the war an imperialist war. # map: poland=axis, german-east=axis, west-belarus=soviet, west-ukraine=soviet, vilna=independent # marker: poland: The Red Army enters eastern Poland, 17 September 1939
    ~ lose(1475, "Soviet dead and missing in the invasion of eastern Poland, September 1939")
    ~ lose(5000, "Polish soldiers and police killed by the Red Army in September 1939 (estimate; counts run from about 3,000 to 7,000)")
}
~ lose(126875, "Soviet dead and missing in the Winter War, 1939–40")
~ lose(25900, "Finnish dead in the Winter War, 1939–40")
~ change("army", -4, "The Winter War exposes the Red Army's weakness")
On 30 November the Red Army attacks Finland. The Finns fight, and for three months a small army holds off a huge one in the snow{officer_purge:, and the world sees what the purge did to Soviet command}. The League of Nations expels the Soviet Union. By the peace of 12 March 1940 Finland gives up Karelia and Vyborg, but stays independent. # year: 1940 # map: karelia=soviet # marker: finland: The Winter War, November 1939 – March 1940
{ ch2_poland != "riga":
    In June 1940, as France falls, Moscow sends ultimatums: Soviet troops occupy Lithuania, Latvia and Estonia, which are annexed in August, and Romania yields Bessarabia. # era: 1939 # marker: latvia: The Baltic states occupied, June 1940
    {ch2_poland == "curzon":With no Polish officers in Soviet hands, there is no Katyn. }In May and June 1941 the NKVD deports tens of thousands of people from the Baltic states and Bessarabia to Siberia and Kazakhstan: anyone it counts as an enemy, with their families. The trains leave only days before the German invasion, so the game counts their dead in the war's toll. # speculative: yes
- else:
    ~ lose(21857, "Polish prisoners shot at Katyn and other sites, spring 1940")
    In the spring of 1940 the NKVD shoots some 22,000 Polish officers, police and others in the Katyn forest and other sites. In June, as France falls, Moscow sends ultimatums: Soviet troops occupy Lithuania, Latvia and Estonia, which are annexed in August, and Romania yields Bessarabia. # era: 1939 # marker: latvia: The Baltic states occupied, June 1940
    ~ lose(15000, "Deportees from the annexed lands who died before June 1941 (estimate; about 400,000 were deported in 1940–41, and deaths after June 1941 are counted in the war's toll)")
    Four waves of deportation, from February 1940 to June 1941, send some 400,000 people from eastern Poland, the Baltic states and Bessarabia to the special settlements and camps of the north, Siberia and Kazakhstan: military settlers and foresters, the families of arrested officers, police and officials, refugees from German-held Poland, and in 1941 anyone in the Baltic states and Bessarabia the NKVD counts as an enemy. Many of the men sent to the camps die there.
}
-> ch4_pact_end

= ch4_pact_end
# history: The Molotov–Ribbentrop Pact, 1939–1940
The talks with Britain and France stalled on Poland's refusal to let Soviet troops cross. The Nazi–Soviet pact was signed on 23 August 1939, with a secret protocol dividing Eastern Europe. The Red Army entered eastern Poland on 17 September, attacked Finland in November, and in 1940 took the Baltic states and Bessarabia. About 22,000 Polish prisoners were shot at Katyn and other sites. # short: yes
Litvinov was dismissed on 3 May 1939. The Anglo-French mission reached Moscow on 11 August, and the talks stalled on Poland's refusal to let Soviet troops cross. The pact was signed on the night of 23 August; its secret protocol was published in the West after 1945 and admitted in Moscow only in 1989. The Red Army entered eastern Poland on 17 September, and a treaty of 28 September moved Lithuania into the Soviet sphere. The Winter War (30 November 1939 – 13 March 1940) cost the Soviet side about 126,875 dead and missing, and Finland about 26,000; the Baltic states were occupied in June 1940 and annexed in August, and Bessarabia taken at the end of June. About 22,000 Poles were shot at Katyn and other sites. The invasion of eastern Poland cost the Red Army 1,475 dead and missing and killed some 3,000 to 7,000 Polish soldiers and police; some 320,000 Polish citizens were deported in 1940–41 and tens of thousands more from the Baltic states and Bessarabia in May and June 1941. The game counts the deportees who died before the German invasion, an estimate of 15,000; those who died later fall within the war's toll.
The essay argues that the pact bought about two years for war preparation, at a terrible price for communists abroad, who had to denounce both sides as imperialists. Zhukov's victory at Khalkhin Gol (May–September 1939; 9,703 Soviet dead and missing) kept Japan out of the war against the Soviet Union.
-> chapter5
