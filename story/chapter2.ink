// October Paths — Chapter 2: 1918–1921: Peace, Civil War, War Communism.
// Forks, in order: brest-litovsk (two choice points: January, then 23 February 1918),
// red-army, feeding-the-cities (its outcome carries the Civil War of 1918–1920),
// german-revolution, tax-in-kind.
// Dates: Old Style with the New Style in brackets until Russia changed calendars
// (31 January was followed by 14 February 1918); New Style from then on.
// Ending here: crushed (a revolutionary war without means; an army of volunteers against
// the Whites), checked after brest-litovsk and in the Civil War outcome of feeding-the-cities.
// Reads Chapter 1 flags: assembly_first, waited_for_congress, socialist_coalition,
// left_srs_in_government, pg_support (brest-litovsk); july_rising, red_guards (red-army).

// ---------------------------------------------------------------------------------------
// Flags set in this chapter (read here and by later chapters).
// ---------------------------------------------------------------------------------------

// brest-litovsk: "sign" (the treaty signed, in January or, as in history, on 3 March 1918),
// "delay" (the German ultimatum of 23 February stalled; more land lost, speculative) or
// "war" (a revolutionary war, speculative). Read by red-army and german-revolution here,
// Chapter 3 (text), Chapter 4 (pact-1939, text) and Chapter 5 (june-1941, text).
VAR brest = ""

// brest-litovsk: "sign-now" (Lenin's peace at once: a breathing space, read by red-army) or
// "neither" (Trotsky's stand before signing: remembered abroad, read by german-revolution).
VAR brest_first = ""

// red-army: conscription, former Tsarist officers ("military specialists") and commissars.
// Read by feeding-the-cities (a mass army to feed), Chapter 3 (general-secretary: Trotsky's
// standing) and Chapter 4 (trials: the officer corps).
VAR ex_tsarist_officers = false

// red-army: volunteers and Red Guards only, with elected commanders (speculative). Read by
// the Civil War outcome here (the crushed ending is likely).
VAR volunteer_army = false

// feeding-the-cities: grain requisitioned at gunpoint (War Communism). Read by tax-in-kind
// here and Chapter 3 (great-turn: the peasants remember).
VAR war_communism = false

// german-revolution: the march on Warsaw and the push for risings in Europe. Read by
// Chapter 4 (third-period, popular-front) and Chapter 5 (after-the-war).
VAR comintern_push = false

// german-revolution: peace in the West and a turn to the anti-colonial East (speculative).
// Read by Chapter 4 (third-period, popular-front) and Chapter 5 (after-the-war).
VAR turn_east = false

// german-revolution: peace on the Curzon line in 1920. Read by popular-front (a Poland at
// peace with Moscow makes collective security believable).
VAR ch2_curzon_peace = false

// german-revolution: where Poland's eastern border runs after 1920. "riga" (history: the
// Treaty of Riga of 1921), "curzon" (peace on the Curzon line: the lands east of it stay
// Soviet) or "soviet" (Warsaw taken: a Polish Soviet Republic, speculative). Read by Chapter 4
// (pact-1939) and Chapter 5 (june-1941, after-the-war).
VAR ch2_poland = "riga"

// tax-in-kind: the New Economic Policy (also set when Kronstadt's free-trade demands are met).
// Read by Chapter 3 (general-secretary, great-turn, the thermidor ending).
VAR nep = false

// tax-in-kind: Kronstadt crushed and factions banned at the Tenth Congress (any path that
// keeps War Communism or brings in NEP after the rising). Read by Chapter 3 (oppositions).
VAR kronstadt = false

// Chapter-internal state.
VAR ch2_petrograd_lost = false   // the Germans hold Petrograd until November 1918 (speculative)
VAR ch2_crush_cause = ""         // "germans" or "whites": which epilogue the crushed ending tells

// The crushed ending's two rules, shared by the checks and the ending watch lines
// (`# watch: yes`), so a warning and the ending it warns of can never disagree.

// A revolutionary war is lost to the Germans if the army is gone and the party too divided
// to rebuild it. `a` and `p`: Army and Party after the war's own changes.
=== function ch2_war_lost(a, p) ===
~ return a * 3 + p < 25

// The Whites win the Civil War (checked after feeding-the-cities) if the army is too weak;
// an army of volunteers is much more at risk. `a`, `p`: Army and Party in 1919.
=== function ch2_whites_win(a, p, volunteers) ===
{ volunteers and (a * 2 + p < 55 or (brest == "war" and a < 30)):
    ~ return true
}
~ return a * 2 + p < 45

// Lookahead for the watch lines: do the Whites win if the cities are fed this way
// ("requisition", "market" or "village"), from Army `a` and Party `p`? Mirrors the options'
// Army and Party changes at feeding-the-cities; `officers`: a conscript army of millions.
=== function ch2_whites_win_fed(how, a, p, volunteers, officers) ===
{ how == "requisition":
    ~ return ch2_whites_win(soften(a, 3), p, volunteers)
}
{ how == "market":
    { officers:
        ~ return ch2_whites_win(soften(a, -7), soften(p, -3), volunteers)
    }
    ~ return ch2_whites_win(soften(a, -4), soften(p, -3), volunteers)
}
{ officers:
    ~ return ch2_whites_win(soften(a, -5), soften(p, -2), volunteers)
}
~ return ch2_whites_win(soften(a, -3), soften(p, -2), volunteers)

// How the Civil War goes for an army built this way ("specialists", "commanders",
// "volunteers") at red-army: 0 the Whites lose however the cities are fed, 1 they win
// unless the army is fed first, 2 they win however it is fed. Mirrors red-army's changes.
=== function ch2_army_risk(kind) ===
// No army loses if the weakest, fed worst, would not: volunteers lose at most 4 Army and
// 5 Party from here (a full-size loss is the most soften() allows).
{ not ch2_whites_win(army - 4, party - 5, true):
    ~ return 0
}
~ temp a = army
~ temp p = party
~ temp volunteers = false
~ temp officers = false
{ kind:
- "specialists":
    ~ officers = true
    ~ a = soften(a, 25)
    ~ p = soften(p, -2)
    { july_rising:
        ~ a = soften(a, -3)
    }
- "commanders":
    ~ a = soften(a, 14)
    ~ p = soften(p, 2)
- else:
    ~ volunteers = true
    ~ a = soften(a, 3)
    ~ p = soften(p, -2)
    { red_guards:
        ~ a = soften(a, 4)
    }
}
{ ch2_whites_win_fed("requisition", a, p, volunteers, officers):
    ~ return 2
}
{ ch2_whites_win_fed("market", a, p, volunteers, officers) or ch2_whites_win_fed("village", a, p, volunteers, officers):
    ~ return 1
}
~ return 0


=== chapter2 ===
# chapter: 1918–1921: Peace, Civil War, War Communism
# year: 1918
# fork: brest-litovsk
# year: 1918
# date: 5–11 (18–24) January 1918
Brest-Litovsk, a burned-out fortress town on the Bug, is the headquarters of the German Eastern Front. Since the armistice signed there on 2 (15) December, the two sides have faced each other across a table in its officers' club: Richard von Kühlmann, the German foreign secretary, courteous and patient; Count Ottokar Czernin for a hungry Austria-Hungary; and General Max Hoffmann, who counts in divisions. Since the new year Trotsky has led the Soviet delegation, speaking past the generals to the soldiers in the trenches and the workers of Berlin and Vienna.
On 5 (18) January Hoffmann spreads a map on the table. Poland, Lithuania, Courland and the islands of the Gulf of Riga are to stay under German control, whatever their peoples are said to want. A delegation from the Ukrainian Central Rada sits in the same building, ready to sign a separate peace and sell Ukraine's grain to the Central Powers.
{ socialist_coalition:
    ~ change("soviets", 3, "The Constituent Assembly sits beside the soviets")
    ~ change("party", -2, "Bolsheviks outvoted in the Assembly")
    That same day the Constituent Assembly meets in the Tauride Palace. Your coalition, in which the SRs, the largest party in the Assembly, hold ministries, lets it sit. It elects Viktor Chernov its chairman, passes a land law and calls for a general democratic peace, and for a few weeks Russia has two parliaments, the Assembly and the soviets, eyeing each other across the city. # speculative: yes
- else:
    ~ lose(20, "Shot at a march for the Constituent Assembly in Petrograd")
    ~ change("soviets", -3, "The Constituent Assembly dispersed")
    That same day the Constituent Assembly meets in the Tauride Palace. The SRs hold the most seats, the Bolsheviks about a quarter. When the majority refuses to endorse the soviet government's decrees, the Bolsheviks and then the Left SRs walk out. Before dawn on 6 (19) January the anarchist sailor Anatoly Zheleznyakov, commander of the guard, tells Chernov that the guard is tired and the hall must be cleared. The Assembly never meets again. That afternoon Red Guards had fired on a march in its support.
    { assembly_first:
        ~ change("party", -4, "Party members who campaigned for the Assembly protest its dispersal")
        Your party spent a year calling for this Assembly, and many of its members do not forgive the government for closing it in one night. # speculative: yes
    }
    { waited_for_congress:
        The government answers its critics that it holds its power from a vote of the Congress of Soviets, not from a night's work by one party, and in the factories the argument carries weight. # speculative: yes
    }
}
The old army has gone home. Peasants in uniform have taken their rifles back to the villages to share out the land, and in front of the Germans there are empty trenches, pickets and committees. On 8 (21) January some sixty leading Bolsheviks meet in Petrograd to decide what to say at Brest. Three answers are on the table.
Lenin reads theses for signing at once. The peasant army cannot and will not fight. The revolution needs a breathing-space to build an army and hold what it has, and every week of delay will make the terms worse. A hope for a German revolution is not an army, and a workers' state that gambles itself on a phrase deserves to lose.
Nikolai Bukharin and the Left Communists, who lead the party in Moscow and much of Petrograd, call that a betrayal. A separate peace hands Ukraine's grain and the Donets coal to German imperialism, turns the Soviet republic into the Kaiser's colony and stabs the German workers in the back. Wage a revolutionary war, from the forests and the towns if need be, and the European revolution will come to meet it. At the meeting their view wins 32 votes, Trotsky's 16 and Lenin's 15.
Trotsky proposes neither war nor peace. Declare the war ended, demobilise, and refuse to sign the annexations. Let Germany show the world its claws. If the German soldiers will not march, the revolution has won; if they do, Russia signs under open compulsion, and no worker in Europe can say the Bolsheviks made a deal with the Kaiser.
{ socialist_coalition:
    In your coalition the quarrel is sharper still. The Right SRs and the defencist Mensheviks want no separate peace at all, and will leave the government if one is signed. # speculative: yes
}
January 1918. At Brest-Litovsk, the German Eastern Front's headquarters, Trotsky leads the Soviet delegation at the peace talks. On 5 (18) January General Max Hoffmann spreads a map on the table: Poland, Lithuania and Courland are to stay under German control. # short: yes
{ socialist_coalition:
    That same day the Constituent Assembly meets, and your coalition lets it sit. For a few weeks Russia has two parliaments, the Assembly and the soviets. # speculative: yes # short: yes
- else:
    That same day the Constituent Assembly meets. The SRs hold the most seats, the Bolsheviks about a quarter. When it refuses to endorse the soviet government's decrees, the guard clears the hall, and it never meets again. # short: yes
}
The old army has gone home: in front of the Germans there are empty trenches. Three answers are on the table. # short: yes
Lenin says sign at once. The peasant army cannot fight, and the revolution needs a breathing-space to build a new one. # short: yes
Nikolai Bukharin and the Left Communists call that a betrayal of the German workers. Wage a revolutionary war, they say, and the European revolution will come to meet it. At a meeting of leading Bolsheviks their view wins the most votes. # short: yes
Trotsky proposes neither war nor peace: declare the war over, demobilise, and sign nothing. If the Germans march, Russia signs under open compulsion. # short: yes
{ socialist_coalition:
    In your coalition the Right SRs and the defencist Mensheviks will leave the government if a separate peace is signed. # speculative: yes # short: yes
}
{ ch2_war_lost(soften(army, -16), soften(party, -3)):
    The old army has melted away and the party is split. A revolutionary war now would bring the Germans to Moscow and end the revolution; a peace, however harsh, would save it. # watch: yes
}
* [Sign the German terms at once # option: sign-now # advocates: Lenin, Sverdlov, Zinoviev, Stalin]
    ~ brest = "sign"
    ~ brest_first = "sign-now"
    ~ change("army", -2, "The old army demobilised under an early peace")
    ~ change("land", 4, "Peace: the peasant soldiers go home to the land")
    ~ change("bread", -3, "Ukraine's grain goes to the Central Powers")
    ~ change("industry", -4, "Ukrainian coal and iron lost under the treaty")
    ~ change("party", -7, "The Left Communists revolt against the peace")
    ~ change("world", -3, "The Allies call the separate peace a betrayal")
    The delegation returns to Brest and signs on the January map. Bukharin and his friends resign their posts and the Moscow party committee passes a vote of no confidence in the Central Committee, but the party does not break. # speculative: yes
    Ukraine is lost all the same: the Rada signs its own peace on 27 January (9 February), the Red Guards take Kiev, and German and Austrian armies come in at the Rada's call to drive them out and collect the grain. But Estonia, Livonia and Belarus stay Soviet, and no German soldier comes within two hundred miles of Petrograd. # speculative: yes # map: ukraine=central, bessarabia=allied # marker: ukraine: German troops occupy Ukraine
    -> ch2_brest_after
* [Neither war nor peace: end the war, demobilise, and sign nothing # option: neither-war-nor-peace # advocates: Trotsky # historical: yes]
    ~ brest_first = "neither"
    -> ch2_brest_february
* [A revolutionary war against the German Empire # option: revolutionary-war # advocates: Bukharin, Uritsky, Lomov, Kollontai, Left SRs]
    -> ch2_revolutionary_war

= ch2_brest_february
# fork: brest-litovsk
# date: 23 February 1918
On 11 (24) January the Central Committee adopts Trotsky's formula by nine votes to seven, with a promise to Lenin: if the Germans deliver an ultimatum, the delegation will sign. On 27 January (9 February) the Central Powers sign their "bread peace" with the Rada, a day after Red Guards have driven it out of Kiev. On 28 January (10 February) Trotsky reads his declaration at Brest: Soviet Russia leaves the war, demobilises its army and will not put its name to an annexationist peace. Then the delegation takes the train home. Russia is changing its calendar: the day after 31 January will be 14 February.
The Germans call the armistice ended. On 18 February they move forward along the railways, infantry and a few guns loaded onto trains, taking station after station with hardly a fight. Hoffmann calls it the most comical war he has known. Dvinsk (today Daugavpils) falls on the first day and Minsk on the 21st. That night of the 18th Trotsky changes sides, and the Central Committee votes narrowly to ask for peace. Berlin takes its time. On the 21st the government proclaims the socialist fatherland in danger, and workers queue to volunteer. # map: belarus=central # marker: belarus: 18 February: the German offensive begins
On 23 February the answer arrives. The new terms are harsher: Estonia and Livonia too, Ukraine and Finland to be evacuated, Kars, Ardahan and Batum (today Batumi) to the Turks, and forty-eight hours to reply.
Lenin says he will leave the government and the Central Committee if the policy of revolutionary phrases goes on one more day. Sign now, he says, or sign worse terms later over the ruins of the Soviet republic. Bukharin, Moisei Uritsky and Georgy Lomov will not put their names to a capitulation. Andrei Bubnov and the Left SRs agree with them. Fight a revolutionary war: evacuate Petrograd, fall back on the Volga and the Urals, and let every German mile of advance spread the revolution among the soldiers who make it. Trotsky is torn. He thinks a war impossible with a party this divided; but Robert Bruce Lockhart of Britain and Raymond Robins of the American Red Cross are promising Allied help if Russia will stall and fight on. Answer nothing for now, retreat, take Allied arms, and bargain for better terms.
The Central Committee adopts Trotsky's formula, and on 28 January (10 February) he reads it at Brest: Soviet Russia leaves the war but will not sign. Russia is changing its calendar, and the day after 31 January will be 14 February. # short: yes
On 18 February the Germans advance along the railways, taking station after station with hardly a fight. On 23 February new terms arrive, harsher than before: Estonia and Livonia too, Ukraine and Finland to be evacuated, and forty-eight hours to reply. # short: yes
Lenin threatens to resign unless the party signs now. Bukharin, Moisei Uritsky and Georgy Lomov will not sign a capitulation; fight a revolutionary war from the Volga and the Urals. # short: yes
Trotsky is torn. Britain's envoy Robert Bruce Lockhart and the American Raymond Robins promise Allied help if Russia will stall: retreat, take Allied arms, and bargain for better terms. # short: yes
{ ch2_war_lost(soften(army, -16), soften(party, -3)):
    The old army has melted away and the party is split. A revolutionary war now would bring the Germans to Moscow and end the revolution; a peace, however harsh, would save it. # watch: yes
}
* [Accept the terms at once # option: accept-terms # advocates: Lenin, Sverdlov, Stalin, Zinoviev, Sokolnikov # historical: yes]
    ~ brest = "sign"
    ~ change("army", -4, "The old army melts away before the German advance")
    ~ change("land", 3, "Peace: the peasant soldiers go home to the land")
    ~ change("bread", -5, "Ukraine's grain lost under the treaty")
    ~ change("industry", -6, "The treaty takes half the empire's industry and most of its coal")
    ~ change("party", -6, "The Left Communists revolt against the treaty")
    ~ change("world", -4, "The Allies call the separate peace a betrayal")
    The Central Committee votes seven to four, with four abstaining, Trotsky among them, so as not to block the majority. The Soviet executive accepts the terms that night. On 3 March Grigory Sokolnikov signs the treaty at Brest-Litovsk, saying openly that his government signs under duress. # marker: belarus: 3 March 1918: the Treaty of Brest-Litovsk
    The German and Austrian armies go on into Ukraine, which they now occupy by agreement with the Rada, and by the end of April into the Crimea. The Romanian army takes Bessarabia. # era: 1918 # marker: ukraine: German troops occupy Ukraine
* [Stall: retreat, take Allied arms and bargain for better terms # option: stall-and-bargain # advocates: Trotsky, Lockhart, Robins]
    ~ brest = "delay"
    ~ ch2_petrograd_lost = true
    ~ lose(30000, "Killed in the German advance of spring 1918 (estimate)")
    ~ change("army", -8, "The Germans advance; improvised units broken")
    ~ change("bread", -7, "Ukraine and the Baltic grain lands lost")
    ~ change("industry", -9, "Petrograd's factories fall to the Germans")
    ~ change("party", -4, "The leadership quarrels over every lost town")
    ~ change("world", 2, "Allied arms arrive through Murmansk")
    Your delegates let the deadline pass and ask for talks. Berlin answers with more trains. Pskov falls on 24 February, Reval on the 25th, Narva a week later. Allied rifles and a few British officers arrive through Murmansk, but not in time. # speculative: yes
    In mid-March, with the government already gone to Moscow, German troops march into Petrograd. A treaty is signed in April on worse terms than those of 23 February: Germany keeps the old capital as a pledge until the war in the West is decided, and the Don Cossacks, armed by the Germans, set up a state of their own. The game estimates thirty thousand dead in the weeks of fighting and in the city's occupation. # speculative: yes # map: petrograd=central, estonia=central, ukraine=central, crimea=central, don-kuban=central, bessarabia=allied # marker: petrograd: The Germans enter Petrograd
* [Refuse: fight a revolutionary war # option: refuse-and-fight # advocates: Bukharin, Uritsky, Lomov, Bubnov, Left SRs]
    -> ch2_revolutionary_war
-
-> ch2_brest_after

= ch2_revolutionary_war
~ brest = "war"
~ ch2_petrograd_lost = true
~ lose(150000, "Killed in the revolutionary war of 1918 (estimate)")
~ change("army", -16, "Untrained volunteers thrown against the German army")
~ change("land", -8, "Peasants dragged back into the war they had left")
~ change("bread", -8, "Ukraine's grain and the Baltic lost")
~ change("industry", -10, "Petrograd's factories evacuated or lost")
~ change("party", -3, "Lenin resigns in protest; the leadership divides")
~ change("world", 4, "Socialists abroad see the revolution fight on")
Your government refuses the German terms and calls the workers and peasants to a revolutionary war. Lenin resigns from the Central Committee and takes his case to the party's ranks. # speculative: yes
The Germans are glad to oblige. Their trains roll on through Pskov, Reval and Narva, and in March Petrograd falls almost without a fight, its government and its factories evacuated east in freight cars. German and Austrian columns take Kiev, Kharkov (today Kharkiv) and the Donbass, Odessa and the Crimea, and the Cossacks of the Don rise with German arms. The workers' detachments fight bravely at Narva and in the suburbs of the old capital and are cut to pieces. The game estimates a hundred and fifty thousand dead in the spring. # speculative: yes # map: petrograd=central, estonia=central, latvia=central, belarus=central, ukraine=central, crimea=central, don-kuban=central, bessarabia=allied # marker: petrograd: The Germans take Petrograd
// Crushed if the army is gone and the party too divided to rebuild it.
{ ch2_war_lost(army, party):
    -> ch2_crushed_germans
}
But the Germans stop. Their generals need every division for the great offensive in France that opens on 21 March, and they have no wish to govern Moscow. They dig in along the Dvina and the Dnieper and leave a battered, furious Soviet republic standing behind them, without a treaty and without a truce. # speculative: yes
-> ch2_brest_after

= ch2_brest_after
{ socialist_coalition:
    { brest == "war":
        ~ change("party", 2, "The coalition holds together in the war")
        The war holds your coalition together for now. The defencist SRs and Mensheviks, who never wanted a separate peace, find themselves fighting the Kaiser beside the Bolsheviks. # speculative: yes
    - else:
        ~ change("soviets", -6, "The SRs and Mensheviks quit the coalition over the peace")
        ~ change("land", -3, "The peasants' party goes into opposition")
        ~ change("party", 3, "One party governs again")
        The peace breaks your coalition. The Right SRs and the Mensheviks walk out of the government, denouncing a Bolshevik surrender to the Kaiser, and within weeks some of them are organising against it with Allied money. # speculative: yes
    }
}
{ left_srs_in_government:
    { brest == "war":
        ~ change("soviets", 2, "The Left SRs stay in the government")
        The Left SRs, who wanted this war, stay in the government. Two parties still share the soviets, and the peasant soviets still have a voice at the top. # speculative: yes
    - else:
        ~ change("soviets", -3, "The Left SRs quit the government over the treaty")
        ~ change("land", -2, "The peasants' party goes into opposition")
        In March the Left SRs walk out of the Council of People's Commissars in protest at the peace. From now on the Bolsheviks govern alone.
    }
}
{ pg_support and brest != "war":
    ~ change("party", -2, "Old defencists in the party balk at the peace")
    Some of your members remember that the party sat in Kerensky's war cabinet only a year ago, and cannot stomach the peace it now signs. # speculative: yes
}
The government moves to Moscow on 10–11 March{ch2_petrograd_lost:, as the old capital falls|, away from the German front}. At its Seventh Congress the party takes a new name, the Russian Communist Party (Bolsheviks). # map: moscow=soviet
-> ch2_brest_card ->
-> ch2_red_army

= ch2_brest_card
# history: The Peace of Brest-Litovsk, December 1917 – March 1918
In January 1918 the Central Committee chose Trotsky's "neither war nor peace". The German offensive of 18 February met almost no resistance, and on 23 February, after Lenin threatened to resign, the party accepted harsher terms. The treaty, signed on 3 March, gave up about a third of the old empire's population and most of its coal and industry. Germany's defeat in November 1918 let the Soviet government annul it. Most historians judge that Lenin was right to sign. # short: yes
The armistice was signed at Brest-Litovsk on 2 (15) December 1917 and the talks opened a week later. On 8 (21) January 1918 a meeting of leading Bolsheviks gave 32 votes to Bukharin's revolutionary war, 16 to Trotsky's "neither war nor peace" and 15 to Lenin's immediate peace; on 11 (24) January the Central Committee adopted Trotsky's formula, nine to seven. Trotsky broke off the talks on 28 January (10 February). The German offensive, Operation Faustschlag, began on 18 February and met almost no resistance. On 23 February the Central Committee accepted the harsher new terms by seven votes to four with four abstentions, after Lenin threatened to resign. The treaty was signed on 3 March 1918 (the essay gives 6 March) and ratified by the Fourth Congress of Soviets on 15 March; the Left SRs then left the government.
Russia gave up Poland, Lithuania and Courland, left Estonia and Livonia under German occupation (and renounced them in August), recognised the independence of Finland and Ukraine, and ceded Kars, Ardahan and Batum to the Ottoman Empire: roughly a third of the old empire's population and farmland, over half its industry and nearly nine-tenths of its coal mines. A supplementary treaty in August added an indemnity of six billion marks. After Germany's defeat the Soviet government annulled the treaty on 13 November 1918. The essay, like most historians, judges that Lenin was right: the Bolsheviks had no material means to do anything but sign, and the delay cost them the Baltic and Belarus.
->->

= ch2_red_army
# fork: red-army
# year: 1918
{ brest_first == "sign-now":
    ~ change("army", 5, "Peace signed at once: two more months to build an army")
}
# date: March–August 1918
// The ending watch's lookahead (see ch2_army_risk), right after the tags, where ink is not
// looking past the end of a line. Each army is at least as strong as the next (more Army,
// and the volunteers' stricter rule), so a risk is looked up only where the weaker one has
// one.
~ temp risk_volunteers = ch2_army_risk("volunteers")
~ temp risk_commanders = 0
~ temp risk_specialists = 0
{ risk_volunteers > 0:
    ~ risk_commanders = ch2_army_risk("commanders")
}
{ risk_commanders > 0:
    ~ risk_specialists = ch2_army_risk("specialists")
}
In March Trotsky becomes People's Commissar for War. The Red Army he inherits was founded by decree in January as a volunteer force of "the class-conscious and organised": a few hundred thousand men on paper, Red Guard detachments that elect their commanders and argue over orders, Kronstadt sailors, Latvian riflemen, and many who have joined for the ration. {red_guards:The factory Red Guards who armed against Kornilov are its best units.} {july_rising:Too many of the militants who should lead it died or went to prison after the July rising.}
{ brest == "war":
    And this army has already been beaten once. The spring's revolutionary war has cost the republic its best detachments and Petrograd, and the German line runs within reach of Moscow. # speculative: yes
}
{ brest == "delay":
    The Germans hold Petrograd and the Baltic, and their line runs along the edge of Great Russia. # speculative: yes
}
In May a new enemy appears. The Czechoslovak Legion, some forty thousand former prisoners of war strung out in trains from the Volga to Vladivostok on their way to fight in France, refuses an order to disarm and seizes the towns along the Trans-Siberian Railway. Under its cover SR members of the dispersed Constituent Assembly set up a government in Samara, and Siberian officers another in Omsk. British troops land at Murmansk and, in August, Archangel; Japanese and American troops come ashore at Vladivostok. # map: volga=white, urals=white, west-siberia=white, east-siberia=white, north=allied, far-east=allied # marker: volga: May 1918: the Czechoslovak Legion revolts
{ ch2_petrograd_lost:
    On the Don the Cossack ataman Pyotr Krasnov rules under German protection, and in the Kuban General Anton Denikin's Volunteer Army is on the march. # speculative: yes
- else:
    On the Don the Cossack ataman Pyotr Krasnov takes German arms, and in the Kuban General Anton Denikin's Volunteer Army is on the march. # map: don-kuban=white
}
{ left_srs_in_government and brest != "war":
    On 6 July, during the Fifth Congress of Soviets, two Left SRs shoot the German ambassador, Count Mirbach, hoping to restart the war, and their party rises in Moscow. Latvian riflemen put the rising down in a day. In Yaroslavl officers of Boris Savinkov's underground hold the city for two weeks, until artillery flattens its centre.
}
~ lose(11, "The Tsar's family and servants shot at Yekaterinburg")
On the night of 16–17 July, as the Czechoslovaks close in on Yekaterinburg, the local Bolsheviks shoot Nicholas II, his wife, their five children and four servants in a cellar. On 7 August Kazan falls, with the imperial gold reserve stored there. The road up the Volga to Nizhny Novgorod and Moscow lies open. # marker: volga: 7 August 1918: Kazan falls
What kind of army is to hold it? Trotsky, backed by Lenin, says a war against regular armies needs officers who know their trade, and there are tens of thousands of them sitting at home. Conscript the workers and the peasants. Draft the former Tsarist officers as "military specialists", put a commissar beside each with the power to countersign every order, and register their families so that a traitor's kin answer for him. Shoot deserters. No more elected commanders.
The Left Communists, and the Bolshevik commanders who will soon form the Military Opposition, Vladimir Smirnov and Kliment Voroshilov among them, say a class army must be led by its own class. The officers will betray it; in July the commander of the Eastern Front, the former lieutenant-colonel Mikhail Muravyov, has already tried. Conscript if you must, but train Red commanders from the ranks.
The Red Guard veterans, the anarchists and many Left Communists go further. The party's own programme promised the armed people, not a standing army. Keep the army of volunteers who know what they fight for, with elected commanders, and wage a partisan war the Whites cannot win in a country of peasants.
In March 1918 Trotsky becomes People's Commissar for War. The Red Army he inherits is a volunteer force: a few hundred thousand men on paper, Red Guard units that elect their commanders, sailors and Latvian riflemen. # short: yes
{ brest == "war":
    And it has already been beaten once: the spring's revolutionary war has cost the republic Petrograd. # speculative: yes # short: yes
}
{ brest == "delay":
    The Germans hold Petrograd and the Baltic. # speculative: yes # short: yes
}
In May the Czechoslovak Legion, forty thousand former prisoners of war on their way to France, revolts along the Trans-Siberian Railway. Anti-Bolshevik governments rise behind it, British and Japanese troops land in the north and the far east, and in the south the Whites are on the march. In July the Tsar and his family are shot at Yekaterinburg. On 7 August Kazan falls. # short: yes
What kind of army can hold the road to Moscow? Trotsky, backed by Lenin, says: conscript the workers and peasants, and draft the former Tsarist officers, each with a commissar beside him to countersign his orders. No more elected commanders. # short: yes
The Military Opposition, Kliment Voroshilov among them, says a class army must be led by its own class: conscript if you must, but train Red commanders from the ranks. # short: yes
The Red Guard veterans and the anarchists go further: keep an army of volunteers with elected commanders, and wage a partisan war. # short: yes
{
- risk_specialists == 2:
    The Red Army is too weak to survive the Whites' offensives of 1919, whatever kind of army is built now. # watch: yes
- risk_specialists == 1:
    The Red Army can beat the Whites in 1919 only as a mass army led by the old Tsarist officers, and only if grain is taken by force to feed it. Any other army would lose the Civil War. # watch: yes
- risk_commanders > 0:
    Only a mass army led by the old Tsarist officers is sure to be strong enough to beat the Whites in 1919. An army of volunteers or of untrained Red commanders could lose the Civil War, and the revolution with it. # watch: yes
- risk_volunteers == 2:
    An army of volunteers would be too weak to beat the Whites in 1919, and the revolution would fall with it. A conscript army can hold them. # watch: yes
- risk_volunteers == 1:
    An army of volunteers would be only just strong enough to face the Whites in 1919, and only if grain is taken by force to feed it first. # watch: yes
}
* [Conscription, ex-Tsarist officers and commissars # option: military-specialists # advocates: Trotsky, Lenin, Sklyansky # historical: yes]
    ~ ex_tsarist_officers = true
    ~ change("army", 25, "Conscription, ex-Tsarist officers and commissars build a mass army")
    ~ change("soviets", -6, "Commissars, hostages and appointed commanders replace elected ones")
    ~ change("land", -6, "Peasants conscripted by the hundred thousand")
    ~ change("party", -2, "The Military Opposition fights the specialists")
    { july_rising:
        ~ change("army", -3, "Too few seasoned Bolsheviks to serve as commissars")
    }
    Trotsky goes to the Volga in the armoured train that will be his headquarters for two and a half years. At Sviyazhsk, across the river from Kazan, he has the commander and the commissar of a regiment that fled shot, with a number of its men. Former colonels draw up the plans and commissars sign them. On 10 September the Red Army retakes Kazan, two days later Simbirsk (today Ulyanovsk), and in October Samara. # map: volga=soviet # marker: volga: 10 September 1918: Kazan retaken
* [Conscription, but commanders from the ranks only # option: red-commanders # advocates: Military Opposition, V. Smirnov, Voroshilov]
    ~ change("army", 14, "A conscript army led by its own Red commanders")
    ~ change("soviets", -3, "Conscription and commissars, but commanders from the ranks")
    ~ change("land", -6, "Peasants conscripted by the hundred thousand")
    ~ change("party", 2, "The party trusts its own commanders")
    ~ lose(30000, "Killed in the longer Volga campaign (estimate)")
    The conscripts come, and the party's courses turn out sergeants and factory militants as regimental commanders. They are brave and they learn, but they learn in battle: offensives that no staff has planned go astray, and whole divisions are lost to encirclements a trained officer would have seen coming. # speculative: yes
    Kazan is retaken only in October, at a heavy price; the game estimates thirty thousand more dead. # speculative: yes # map: volga=soviet # marker: volga: October 1918: Kazan retaken
* [Volunteers and Red Guards only, with elected commanders # option: volunteers-only # advocates: Red Guard veterans, Left Communists, anarchists]
    ~ volunteer_army = true
    ~ change("army", 3, "A volunteer army with elected commanders")
    ~ change("soviets", 4, "Soldiers elect their commanders")
    ~ change("land", 2, "No conscription in the villages")
    ~ change("party", -2, "Every detachment argues its own line")
    { red_guards:
        ~ change("army", 4, "Red Guard veterans form the volunteer core")
    }
    The volunteers fight with great courage and little coordination. Detachments hold meetings before they attack and sometimes instead of attacking; neighbouring units do not know where the other is. Kazan is not retaken, and the People's Army of the Samara government presses up the Volga. # speculative: yes # marker: volga: The Volga front holds at Nizhny
-
~ change("soviets", -3, "The Red Terror: hostages shot without trial")
On 30 August the SR Fanny Kaplan shoots and wounds Lenin at a Moscow factory gate, and in Petrograd the Cheka chief Moisei Uritsky is assassinated. On 5 September the government decrees the Red Terror. The Cheka takes hostages from the old propertied classes and shoots them by the hundred, and in the White areas officers hang Bolsheviks and suspected sympathisers by the same law of the gun.
# history: The Red Army, January 1918 – 1924
The Red Army began in January 1918 as a volunteer force. From May it conscripted workers and peasants. Some 75,000 former Tsarist officers served in it, most of them drafted, each watched by a commissar. They held most of the top commands. The Military Opposition lost its fight against them in 1919. By 1920 the army had about five and a half million men on its rolls. # short: yes
The Red Army was founded by decree on 15 (28) January 1918 as a volunteer force. Trotsky became People's Commissar for War in March; compulsory service for workers and peasants was decreed on 29 May, and former officers were drafted from the summer. Some 75,000 former officers served, 48,000 of them conscripted, beside more than 200,000 former NCOs. Most of the army's commanders rose from the ranks or from the new Red commanders' courses, but the ex-officers held most of the top posts: by most counts around four in five front and army commanders, and most division commanders and staff chiefs (the essay's "more than 80 percent" is true of these posts, not of the whole officer corps). From the autumn of 1918 their families were registered so that they could be held hostage if the officer deserted. The Military Opposition lost its fight against the specialists at the Eighth Party Congress in March 1919.
By the end of 1920 the Red Army had about five and a half million men on its rolls, far fewer of them at the front; the essay's 6.5 million is higher than most counts. It was cut to about 600,000 by 1924. The Red Terror was proclaimed on 5 September 1918 and the White armies answered with their own; the dead of both are counted with the Civil War.
-> ch2_feeding

= ch2_feeding
# fork: feeding-the-cities
# year: 1918
# date: May–June 1918
~ temp fed_market = ch2_whites_win_fed("market", army, party, volunteer_army, ex_tsarist_officers)
~ temp fed_village = ch2_whites_win_fed("village", army, party, volunteer_army, ex_tsarist_officers)
~ temp fed_requisition = ch2_whites_win_fed("requisition", army, party, volunteer_army, ex_tsarist_officers)
The cities are starving. In Petrograd the bread ration falls in the spring to fifty grams a day, a slice, and workers leave the factories by the trainload for their home villages, where there is still something to eat. Ukraine's grain has gone to the Germans and Siberia's is behind the Czechoslovak lines. What reaches the towns comes in the sacks of the bagmen, black marketeers who ride the roofs of the trains and sell at ten times the fixed price.
The villages have grain, but they will not sell it for paper. The ruble is worth less every week, there is nothing in the shops to buy with it, and the state pays fixed prices that do not cover the cost of sowing. The peasant who took the landlord's field in 1917 now feeds his family, his livestock and his still, and buries the rest.
{ ex_tsarist_officers:
    And there is a new mouth to feed: the War Commissariat wants an army of a million men by the spring, and it will have to eat before anyone. 
}
Lenin calls for a crusade for bread. With Yakov Sverdlov and the Food Commissar Alexander Tsyurupa he proposes a food dictatorship: a state monopoly of grain, armed detachments of workers sent into the countryside to take the surplus at fixed prices, and committees of poor peasants to show them where the rich have hidden it. Carry the class war into the village, they say; the kulak who hoards grain while Petrograd starves is the enemy.
The Mensheviks, Vladimir Groman and Julius Martov among them, and the co-operative movement say the monopoly is the problem. Raise the prices, let the peasants trade freely, and let the co-operatives carry cloth, salt and nails into the villages. Grain will come to market when the peasant has a reason to sell it. Send soldiers for it instead and he will stop sowing.
The Left SRs, Maria Spiridonova and Boris Kamkov, speak for the village. Armed squads from the towns and committees of the poor will set the village at war with itself and tear up the peasant soviets that made the revolution with you. Leave the collection to the elected village soviets, pay in goods wherever possible, and trust the peasants who gave you the land decree.
Spring 1918. The cities are starving. In Petrograd the bread ration falls to fifty grams a day, a slice. Ukraine's grain has gone to the Germans and Siberia's is behind the Czechoslovak lines. What reaches the towns comes in the sacks of the bagmen, black marketeers who sell at ten times the fixed price. # short: yes
The villages have grain, but they will not sell it for paper money that buys nothing. # short: yes
{ ex_tsarist_officers:
    And the new conscript army must eat before anyone. # short: yes
}
Lenin calls for a crusade for bread. With Yakov Sverdlov and the food commissar Alexander Tsyurupa he proposes a food dictatorship: armed workers' detachments to take the surplus at fixed prices, and committees of poor peasants to show where the rich have hidden it. # short: yes
The Mensheviks Vladimir Groman and Julius Martov say: raise the prices and let the peasants trade freely. Grain will come to market when the peasant has a reason to sell it. # short: yes
The Left SRs, Maria Spiridonova and Boris Kamkov, speak for the village: leave the collection to the elected village soviets, and pay in goods. # short: yes
{
- fed_requisition:
    The Red Army is too weak to beat the Whites in 1919, however the cities are fed. The revolution will not survive the Civil War. # watch: yes
- fed_market and fed_village:
    The Red Army is only just strong enough to face the Whites in 1919. Unless grain is taken by force to feed it first, the Whites will win the Civil War. # watch: yes
- fed_market:
    The Red Army is only just strong enough to face the Whites in 1919. Leave the grain to a free market, and the army will go too hungry to stop them. # watch: yes
- fed_village:
    The Red Army is only just strong enough to face the Whites in 1919. Leave the grain to the village soviets, and the army will go too short to stop them. # watch: yes
}
* [Requisition at gunpoint: food detachments and committees of the poor # option: requisition # advocates: Lenin, Sverdlov, Tsyurupa # historical: yes]
    ~ war_communism = true
    ~ change("bread", 8, "Grain taken at gunpoint feeds the army and the cities")
    ~ change("land", -15, "Food detachments strip the villages; peasants hide their grain")
    ~ change("army", 3, "The army eats first")
    ~ change("soviets", -2, "Committees of the poor override the elected village soviets")
    ~ change("industry", -2, "Factories nationalised by decree, without fuel or raw materials")
    The food detachments go out with rifles and quotas. The committees of the poor point out the hidden pits and are hated for it. In January 1919 the state sets a quota for every province and every village, the prodrazvyorstka, and the detachments take it, leaving the peasant what they judge he needs to live. The factories are nationalised in June 1918, private trade is outlawed, and money fades out until wages are paid in rations.
    The army eats and the cities do not quite starve. The bagmen, though, still bring in perhaps half of what the towns consume. The peasants sow less every year, eat their livestock before it can be taken, and meet the detachments with pitchforks and sawn-off rifles. Peasant risings flare across the black-earth provinces.
* [A free trade in grain at market prices # option: free-grain-trade # advocates: Mensheviks, Groman, Martov, co-operatives]
    ~ change("bread", -6, "Prices soar; the cities cannot afford the grain")
    ~ change("land", 8, "Peasants sell freely at market prices")
    ~ change("industry", 2, "Traders and co-operatives move goods again")
    ~ change("soviets", 2, "No armed squads in the villages")
    ~ change("party", -3, "The party cedes the grain trade to speculators")
    { ex_tsarist_officers:
        ~ change("army", -7, "A conscript army of millions goes hungry")
    - else:
        ~ change("army", -4, "The army goes hungry")
    }
    Grain comes to market, and prices climb faster than wages. The towns are fed, badly, through the co-operatives and the bazaar, and the workers who can pay eat better than those who cannot. The army has to buy its bread like everyone else, with a ruble that loses value every month, and quartermasters take by force what they cannot buy. # speculative: yes
    The villages stay quieter than in history, and sow. But the party's enemies call this Bolshevism on the NEPman's terms years before its time, and its own militants ask what they fought for. # speculative: yes
* [Leave the collection to the village soviets and pay in goods # option: village-soviets # advocates: Spiridonova, Kamkov, Left SRs]
    ~ change("bread", -3, "Village soviets deliver less than the cities need")
    ~ change("land", 5, "The village soviets keep their say over the harvest")
    ~ change("soviets", 4, "Peasant soviets run procurement themselves")
    ~ change("party", -2, "The party's food commissars overruled")
    { ex_tsarist_officers:
        ~ change("army", -5, "A conscript army of millions goes short")
    - else:
        ~ change("army", -3, "The army goes short")
    }
    The village soviets collect a quota they have agreed to, and the towns send what cloth, salt and iron they can spare in return. It is never enough: the factories can hardly make anything, and the soviets deliver what the village can spare after its own needs, which is less than the towns need. # speculative: yes
    But the peasant soviets do not turn on the government, and the black-earth villages send fewer recruits to the Whites than they did in history. # speculative: yes
-
# year: 1918
In November 1918 the German Empire collapses. The Kaiser abdicates on 9 November, the armistice is signed in the West two days later, and on 13 November Moscow annuls the Treaty of Brest-Litovsk. As the German armies go home, Red troops follow them west into Belarus and the Baltic; Estonia, Latvia and Lithuania fight for their independence and keep it, and Poland is reborn. In Ukraine a nationalist Directory takes Kiev, and the Allies land at Odessa and in the Crimea. In Omsk Admiral Alexander Kolchak makes himself Supreme Ruler of the Whites. # era: 1919 # map: petrograd=soviet, belarus=soviet, estonia=independent, latvia=independent, lithuania=independent, poland=independent, ukraine=independent, crimea=white, don-kuban=white, germany=neutral, austria=neutral, hungary=neutral, czechoslovakia=independent, bulgaria=neutral # marker: germany: November 1918: the German revolution
# year: 1919
1919 is the year of the Whites. In March Kolchak's armies break through in the Urals and make for the Volga; in the summer Denikin's Armed Forces of South Russia take Kharkov, Tsaritsyn (today Volgograd) and then Kiev, and march on Moscow; in October they reach Orel, under 400 kilometres from the Kremlin, while General Nikolai Yudenich's corps from Estonia reaches the heights of Pulkovo outside Petrograd. Allied ships, money and arms flow to all three. # map: ukraine=white, north-caucasus=white # marker: moscow: October 1919: Denikin at Orel, Yudenich at Pulkovo
// The crushed ending: an army too weak against the Whites. Volunteers are much more at risk.
{ ch2_whites_win(army, party, volunteer_army):
    -> ch2_crushed_whites
}
~ change("soviets", -6, "The best worker militants die at the front")
~ change("industry", -5, "Factories idle without fuel, metal or workers")
~ change("bread", -4, "Railways wrecked; the cities empty out")
~ change("party", 4, "The party closes ranks in war")
~ lose(940000, "Red Army dead, 1918–1922, most of them of disease")
~ lose(300000, "Shot in the Red and White terrors and killed in the pogroms")
~ lose(2000000, "Dead of typhus, hunger, cold and fighting, 1918–1920")
{ army >= 50:
    ~ change("army", 5, "The Whites defeated one by one")
    The Whites never manage to strike together. Kolchak is thrown back from the Volga in the spring before Denikin is ready. Denikin is broken at Orel in October before Yudenich can take Petrograd, where Trotsky organises the defence street by street. Budyonny's Red cavalry drives the Volunteer Army back to the Black Sea, and at Novorossiysk in March 1920 the remnants scramble aboard British ships. Kolchak's government falls apart in Siberia; he is handed over to the Bolsheviks in Irkutsk and shot on 7 February 1920. The Allies go home. # map: volga=soviet, urals=soviet, west-siberia=soviet, east-siberia=soviet, north=soviet, ukraine=soviet, don-kuban=soviet, north-caucasus=soviet # marker: don-kuban: March 1920: the Whites evacuate Novorossiysk
- else:
    ~ lose(500000, "Dead in a longer Civil War (estimate)")
    ~ change("soviets", -3, "A longer war kills more of the worker militants")
    ~ change("industry", -3, "A longer war wrecks more of industry")
    The Reds hold, barely. Kolchak is stopped on the Volga only in the summer and Denikin in front of Tula, and Petrograd is saved by its workers. The Whites are beaten only in the course of 1920, front by front, and the game estimates half a million more dead from the longer fighting and the epidemics it spreads. # speculative: yes # map: volga=soviet, urals=soviet, west-siberia=soviet, east-siberia=soviet, north=soviet, ukraine=soviet, don-kuban=soviet, north-caucasus=soviet # marker: don-kuban: 1920: the Whites beaten at last
}
The war kills the people who made the revolution. The factory militants of 1917 volunteered first, served as commissars and food-detachment leaders, and died in the greatest numbers; the workers who survive have mostly gone back to the villages, and Petrograd has lost two-thirds of its people. Typhus, carried by lice, kills more than the fighting. Between one and two million Russians, from grand dukes to Cossack families, go into emigration.
-> ch2_feeding_card ->
-> ch2_german_revolution

= ch2_feeding_card
# history: War Communism and the Civil War, 1918–1920
From May 1918 armed detachments took grain by force, and in 1919 every village was given a quota. Industry was nationalised and private trade banned. The Whites were beaten by the end of 1920, but the Civil War was terribly costly: historians put all deaths in 1917–1922, from fighting, terror, disease and hunger, the famine of 1921–22 included, at roughly 7 to 12 million. # short: yes
The food dictatorship was decreed in May 1918 and the committees of poor peasants on 11 June; they were wound up at the end of the year, having set the village at war with itself. Compulsory grain quotas, the prodrazvyorstka, were decreed on 11 January 1919. Large industry was nationalised on 28 June 1918, private trade was banned and money almost disappeared; historians date War Communism from June 1918 to March 1921. In February 1920 Trotsky proposed replacing requisition with a tax; the Central Committee voted him down. The essay calls it what people at the time saw it to be: survival in wartime at any cost, to be dropped as soon as possible.
The Whites' great offensives of 1919 failed: Kolchak was driven back from the Volga in the spring, Denikin was turned at Orel in October and Yudenich at Pulkovo the same month. Kolchak was shot in Irkutsk on 7 February 1920. Wrangel held the Crimea until November 1920; the last White forces in the Far East were beaten in 1922.
The toll was immense. Soviet military historians (Krivosheev) count about 940,000 Red Army dead in 1918–1922, more than half of them from disease; the essay's 200,000 is far too low. Both terrors killed in the tens of thousands at least, and pogroms, mostly by Ukrainian nationalist and White troops, killed some 50,000 to 100,000 or more Jews. With typhus and hunger, historians put all deaths in 1917–1922 at roughly 7 to 12 million, counting the famine of 1921–22. The game counts 940,000 soldiers, 300,000 victims of terror and pogroms, and two million dead of disease, hunger and fighting before the famine.
->->

= ch2_german_revolution
# fork: german-revolution
# year: 1919
# date: March 1919 – July 1920
In March 1919, while Kolchak marches on the Volga, some fifty delegates meet in the Kremlin to found the Third, Communist International. Most are exiles already living in Moscow; a German delegate has crossed the lines with difficulty. Grigory Zinoviev becomes its chairman. Its purpose is the one the Bolsheviks have held since 1914: the Russian revolution is the first act of a European one, and it cannot survive for long without a revolution in Germany, with its factories, engineers and millions of organised workers.
~ change("world", 6, "The Communist International is founded")
{ brest_first == "neither" and brest == "sign":
    ~ change("world", 4, "German workers remember the Bolsheviks' stand at Brest")
}
{ brest == "war":
    ~ change("world", 3, "German soldiers who fought the revolution in 1918 carry its ideas home")
    The German soldiers who fought your revolutionary war in 1918 went home with its leaflets in their pockets, and the soldiers' councils of November remember. # speculative: yes
}
For a few weeks it seems to be coming. On 21 March Béla Kun proclaims a Hungarian Soviet Republic in Budapest, and in April a Bavarian Soviet Republic is declared in Munich. But Rosa Luxemburg and Karl Liebknecht have already been murdered by officers of the Freikorps in January, after the Spartacist rising in Berlin, and the same Freikorps take Munich at the start of May. Hungary's republic lasts 133 days, until Romanian troops take Budapest in August and Admiral Horthy's White Terror begins. # map: hungary=soviet # marker: hungary: 21 March 1919: the Hungarian Soviet Republic
~ change("world", -3, "The Bavarian and Hungarian soviet republics crushed")
Neither of the International's first two soviet republics has lasted five months. # map: hungary=neutral
In April 1920 the new Poland of Józef Piłsudski marches east to carve out a federation of Poland, Lithuania and Ukraine, and on 7 May Polish troops enter Kiev. The Red Army counter-attacks. Budyonny's cavalry breaks the southern front, and in July Mikhail Tukhachevsky's armies roll west through Belarus. By the middle of the month they stand on the line that the British foreign secretary, Lord Curzon, has proposed as a border, roughly the edge of Polish-speaking land. On 19 July the Second Congress of the Comintern opens in Petrograd, and delegates follow the advance on a wall map with little red flags. # marker: ukraine: 7 May 1920: the Poles take Kiev
Lenin, with Zinoviev and Tukhachevsky, wants to go on. Probe Europe with the bayonet, Lenin says: Poland is the bridge to Germany, where a general strike beat the Kapp putsch in March. Tukhachevsky's order of the day promises that over the corpse of White Poland lies the road to world conflagration.
Trotsky and Karl Radek, for once on the same side, warn that the Polish workers and peasants will see the Red Army as the Russian invader of a hundred years, and fight it. Make peace on the Curzon line, they say. Rest an exhausted army, and build real communist parties in the West before you bet the revolution on a cavalry charge.
The Indian communist M. N. Roy and the Tatar Bolshevik Mirsaid Sultan-Galiev look the other way. The West is asleep, they argue, and the empires that crushed Hungary live off their colonies. Make peace in Poland and throw the revolution's weight behind the awakening East: Persia, Turkey, India, China, the Muslim peoples of the old empire.
In March 1919 the Communist International, the Comintern, is founded in Moscow, with Grigory Zinoviev as its chairman. The Bolsheviks believe that their revolution cannot survive for long without a revolution in Germany. # short: yes
For a few weeks it seems to be coming. Soviet republics are proclaimed in Hungary and Bavaria. Neither lasts five months. # short: yes
In April 1920 the new Poland of Józef Piłsudski marches east and takes Kiev (today Kyiv). The Red Army counter-attacks, and by July Mikhail Tukhachevsky's armies stand on the Curzon line, roughly the edge of Polish-speaking land. # short: yes
Lenin, with Zinoviev and Tukhachevsky, wants to go on: Poland is the bridge to Germany. # short: yes
Trotsky and Karl Radek warn that the Polish workers will see the Red Army as Russian invaders, and fight it. Make peace on the Curzon line, they say. # short: yes
The Indian communist M. N. Roy and the Tatar Bolshevik Mirsaid Sultan-Galiev say the West is asleep: make peace, and turn to the awakening colonial East. # short: yes
* [March on Warsaw and carry the revolution to Germany # option: march-on-warsaw # advocates: Lenin, Zinoviev, Tukhachevsky # historical: yes]
    ~ comintern_push = true
    ~ change("world", 10, "The Comintern's Second Congress follows the march on its wall map; parties in Germany and France vote to join")
    { army >= 65 and world >= 30:
        ~ lose(80000, "Killed in the Polish campaign of 1920 (estimate)")
        ~ change("world", 8, "A Soviet Poland: the revolution reaches Germany's border")
        ~ change("army", -6, "Heavy losses in the Polish campaign")
        ~ change("land", -3, "More levies for the Polish war")
        ~ change("soviets", -3, "A revolution carried in on bayonets")
        ~ ch2_poland = "soviet"
        The Red Army reaches the Vistula in strength, with the Comintern's prestige behind it, and the German railwaymen stop the French arms trains at the border. Warsaw falls in late August. A Polish Revolutionary Committee under Julian Marchlewski and Felix Dzerzhinsky takes office, with the Red Army's bayonets for a guarantee. # speculative: yes # map: poland=soviet, west-belarus=soviet, west-ukraine=soviet # marker: poland: August 1920: Warsaw taken
        Germany does not rise, and most Poles see the new republic as the old Russian yoke in a red cap. But it holds, for now, and the Comintern's parties in the West grow on its example. # speculative: yes
    - else:
        ~ lose(65000, "Polish soldiers killed in 1920, and Red Army prisoners dead in Polish camps")
        ~ change("army", -8, "Routed before Warsaw")
        ~ change("world", -4, "The Polish workers defend their own state; isolation")
        ~ change("party", -2, "Recriminations over the defeat")
        The Red Army crosses the Curzon line, and a Polish Revolutionary Committee under Julian Marchlewski and Felix Dzerzhinsky waits at Białystok to govern. The Polish workers do not rise. They join the army in tens of thousands, and the Red armies, far from their supplies, with Budyonny's cavalry away at Lwów (today Lviv), are strung out before Warsaw. On 16 August Piłsudski strikes into their flank. In a week Tukhachevsky's armies are in flight; tens of thousands of men go into Polish prison camps and thousands more into internment in Germany. # marker: poland: August 1920: the Battle of Warsaw
        Peace is signed at Riga in March 1921, on a border well east of the Curzon line. Western Belarus and western Ukraine go to Poland. # era: 1921
    }
* [Make peace on the Curzon line and build the parties patiently # option: peace-at-curzon-line # advocates: Trotsky, Radek]
    ~ ch2_curzon_peace = true
    ~ ch2_poland = "curzon"
    ~ lose(20000, "Polish soldiers killed in 1920, before the peace (estimate)")
    ~ change("army", 3, "The army rests and rebuilds")
    ~ change("world", 2, "The Comintern builds its parties patiently")
    ~ change("land", 2, "Fewer levies for the war")
    Your government accepts the Curzon line and signs an armistice in August. Piłsudski grumbles, but his army is exhausted too. The border runs well west of the one history drew: Belarus and Ukraine stay whole on the Soviet side. # speculative: yes # map: west-belarus=soviet, west-ukraine=soviet # marker: poland: August 1920: peace on the Curzon line
    The Comintern's congress turns from the wall map to the slow work of building communist parties out of the left wings of the old socialist ones. # speculative: yes
* [Make peace in the West and turn to the colonial East # option: turn-east # advocates: M. N. Roy, Sultan-Galiev]
    ~ turn_east = true
    ~ ch2_poland = "curzon"
    ~ lose(20000, "Polish soldiers killed in 1920, before the peace (estimate)")
    ~ change("world", 5, "Allies among the colonial peoples of the East")
    ~ change("army", 2, "The army rests and rebuilds")
    ~ change("party", -2, "Europe-minded leaders resent the turn")
    Peace with Poland is signed in August on the Curzon line, and the Comintern's money and agents go east. # speculative: yes # map: west-belarus=soviet, west-ukraine=soviet # marker: poland: August 1920: peace on the Curzon line
    At Baku in September nearly two thousand delegates from Persia, Turkey, India and Central Asia meet at the Congress of the Peoples of the East. Moscow arms Mustafa Kemal's Turkey, sends help to the Gilan republic in northern Persia, and takes in the first Chinese and Indian students. # speculative: yes # marker: azerbaijan: September 1920: the Baku Congress
-
~ change("army", 3, "Wrangel's Crimea taken; the last White front in Europe gone")
In the south the last White army, under Baron Pyotr Wrangel, breaks out of the Crimea in the summer and is driven back. In November the Red Army storms the Perekop isthmus, and some 146,000 soldiers and civilians sail from the Crimean ports for Constantinople. Many thousands of those who stay behind, officers who trusted an amnesty among them, are shot in the weeks that follow. In the Caucasus the Red Army takes Baku in April 1920 and Armenia in December. # map: crimea=soviet, azerbaijan=soviet, armenia=soviet # marker: crimea: November 1920: Wrangel's army leaves the Crimea
# history: The Comintern and the march on Warsaw, 1919–1920
The Communist International was founded in Moscow in March 1919. The Hungarian and Bavarian soviet republics were crushed within months. In July 1920 Lenin pressed the Red Army on towards Warsaw, against the warnings of Trotsky and Radek, and it was routed there in August. The peace of 1921 left western Belarus and western Ukraine to Poland. By 1923 the hope of a German revolution was dead. # short: yes
The Communist International was founded in Moscow on 2–6 March 1919 with Zinoviev as chairman; 52 delegates attended, 34 of them with a vote, most of them already living in Russia (the essay's "less than 60 delegates representing 34 parties" is close). The Hungarian Soviet Republic lasted from 21 March to 1 August 1919 and the Bavarian from early April to the start of May. In July 1920 Lenin pressed the Red Army on past the Curzon line against the warnings of Trotsky and Radek; the defeat at Warsaw, 13–25 August, ended the war, and the Treaty of Riga of 18 March 1921 left western Belarus and western Ukraine to Poland. Some 50,000 Polish soldiers died in the war; of the Red Army men taken prisoner, between 16,000 and 20,000 died in Polish camps. The game counts these 65,000 beyond the Red Army toll already counted.
In September 1920 the Comintern's Baku Congress called the peoples of the East to a holy war against imperialism. The German communists' March Action of 1921 and the planned German October of 1923 both failed. By then, the essay argues, Lenin had seen the European wave recede and looked to the anti-colonial East for allies; the hope of rescue by a socialist Germany was dead.
-> ch2_tax_in_kind

= ch2_tax_in_kind
# fork: tax-in-kind
# year: 1921
# date: February–March 1921
The Whites are beaten, and the country they fought over is in ruins. Industry produces a fifth of what it did before the war. Moscow has lost half its people and Petrograd two-thirds, to the villages, to the front and to typhus. The money is worthless, the railways barely run, and the fuel crisis shuts the factories one by one.
{ war_communism:
    ~ lose(20000, "Killed in the Tambov rising and its suppression")
    ~ change("land", -4, "Peasant risings against requisition")
    ~ change("bread", -3, "The peasants sow less every year")
    With the Whites gone, the peasants no longer fear the landlord's return, and they turn on the requisition squads. In Tambov province Alexander Antonov leads tens of thousands of rebels; in western Siberia a larger rising cuts the railway to Moscow. The Red Army answers with hostages, shootings and camps, and in Tambov, in June, with poison gas. Year after year the peasants sow less. # marker: volga: 1920–21: the Tambov rising
- else:
    ~ change("bread", -3, "A hungry winter in the cities")
    There is no requisition to hate on your path, but no plenty either. The market has fed the towns badly through the war, and the winter of 1920–21 is a hungry one. # speculative: yes
}
~ change("party", -3, "The trade-union debate divides the party")
In February 1921 the party tears at itself over who should run the factories. Trotsky wants the unions drafted into the state like regiments. Alexander Shlyapnikov and Alexandra Kollontai's Workers' Opposition want a congress of producers to manage the economy. Lenin stands between them. In Petrograd the workers strike over bread rations, and on 1 March the sailors of the Kronstadt naval base, the heroes of 1917, adopt a resolution: new elections to the soviets by secret ballot, freedom of speech and press for the workers, the peasants and the left socialist parties, the release of socialist prisoners, and the peasant's right to his land and livestock as long as he hires no labour. The next day they set up a revolutionary committee under the sailor Stepan Petrichenko. On 8 March the party's Tenth Congress opens in Moscow. # marker: petrograd: March 1921: the Kronstadt rising
Lenin asks the Congress for a new economic policy. {war_communism:End the requisition. Take a fixed tax in kind, well below the quota,|Turn the wartime bazaar into a system: a fixed tax in kind,} and let the peasant sell the rest on the market; let small traders and workshops back into business; buy machines and bring in foreign concessions. It is a step back towards capitalism, he admits, a state capitalism the workers' state will control, to rebuild the alliance of workers and peasants without which the revolution is finished. And while the party retreats, it must be united: no more factions.
Others call that a surrender. War Communism was never only an emergency, they say; in 1920 Bukharin's Economics of the Transition Period described it as the road by which the market and money would wither away, and Trotsky called for armies of labour to rebuild the railways. Keep the monopoly, organise production by plan, and do not hand the country to the kulak and the speculator. {not war_communism:Your path never tried it; try it now, they say, and build socialism by command.}
And the Kronstadt sailors ask for something else again: the soviets of 1917, freely elected, and free trade for the peasants. All power to the soviets, not to parties.
1921. The Whites are beaten, and the country is in ruins. Industry produces a fifth of what it did before the war, and Petrograd has lost two-thirds of its people. # short: yes
{ war_communism:
    The peasants have turned on the requisition squads. In Tambov province tens of thousands rise, and the Red Army answers with hostages, camps and poison gas. # short: yes
- else:
    There is no requisition to hate on your path, but the market has fed the towns badly, and the winter is a hungry one. # speculative: yes # short: yes
}
On 1 March the sailors of the Kronstadt naval base, the heroes of 1917, demand freely elected soviets, free speech for the socialist parties, and free trade for the peasants. # short: yes
At the party's Tenth Congress Lenin asks for a New Economic Policy, the NEP: {war_communism:end the requisition, take|take} a fixed tax in kind, and let the peasant sell the rest on the market. It is a step back towards capitalism, he admits. And while the party retreats, it must be united: no more factions. # short: yes
Others call it a surrender: keep the state monopoly and organise production by plan. And the Kronstadt sailors ask for something else again: all power to the soviets, not to parties. # short: yes
* [The New Economic Policy: a tax in kind and free trade # option: nep # advocates: Lenin, Bukharin, Sokolnikov # historical: yes]
    ~ nep = true
    ~ kronstadt = true
    ~ lose(3000, "Killed storming Kronstadt and shot after its fall (estimate)")
    ~ change("bread", 14, "The tax in kind and free trade bring grain to market")
    ~ change("land", 15, "Requisition ends: the peasant keeps his surplus")
    ~ change("industry", 13, "Trade, workshops and light industry revive by 1924")
    ~ change("soviets", -4, "Kronstadt crushed; factions banned at the Tenth Congress")
    ~ change("party", 6, "The ban on factions closes the party's ranks")
    ~ change("world", 3, "A trade agreement with Britain")
    On 17 March, after a first assault has failed on the ice, Tukhachevsky's troops storm Kronstadt, with three hundred delegates from the Tenth Congress among them. Hundreds die on the ice; some eight thousand sailors escape to Finland; of those who are taken, more than two thousand are sentenced to death. # marker: petrograd: 17 March 1921: Kronstadt stormed
    The Congress adopts the tax in kind and, in a resolution on party unity, bans factions inside the party. Mensheviks and SRs are arrested in their thousands. On 16 March Britain signs a trade agreement with Soviet Russia.
* {war_communism} [Keep War Communism: requisition, labour armies, the plan # option: keep-war-communism # advocates: Bukharin (in 1920), Trotsky (in 1920), Larin]
    ~ kronstadt = true
    ~ lose(100000, "Killed in peasant wars against requisition, 1921–22 (estimate)")
    ~ change("bread", -10, "The peasants stop sowing for the requisition squads")
    ~ change("land", -15, "Requisition goes on: the peasant war spreads")
    ~ change("industry", -4, "Labour armies cannot restart industry without food")
    ~ change("soviets", -8, "Kronstadt crushed; workers drafted like soldiers")
    ~ change("party", 8, "No retreat: the party keeps command of the whole economy")
    ~ change("army", 5, "The requisition feeds the army first")
    Kronstadt is stormed on the ice on 17 March, and its survivors are shot or sent to camps. The Congress votes to keep the requisition and to draft the unions into the state. # speculative: yes # marker: petrograd: 17 March 1921: Kronstadt stormed
    The peasant war does not end with Tambov. It spreads along the Volga and into Ukraine, and the Red Army spends 1921 and 1922 fighting the villages that were its recruits. The game estimates a hundred thousand dead in the fighting. # speculative: yes
* {not war_communism} [Bring in War Communism now: requisition, labour armies, the plan # option: impose-war-communism # advocates: Bukharin (in 1920), Trotsky (in 1920), Larin]
    ~ war_communism = true
    ~ kronstadt = true
    ~ lose(60000, "Killed in peasant risings against the new requisition (estimate)")
    ~ change("bread", -6, "Requisition squads meet empty barns")
    ~ change("land", -18, "Requisition after the war: the peasants rise")
    ~ change("industry", -2, "Labour armies cannot restart industry without food")
    ~ change("soviets", -8, "Kronstadt crushed; workers drafted like soldiers")
    ~ change("party", 7, "The party takes command of the whole economy")
    ~ change("army", 4, "The requisition feeds the army first")
    Kronstadt is stormed on the ice on 17 March. Then the food detachments go out, in peacetime, into villages that fed the towns by trade all through the war, and the villages rise. The game estimates sixty thousand dead. # speculative: yes # marker: petrograd: 17 March 1921: Kronstadt stormed
* [Meet Kronstadt's demands: free soviets and free trade # option: free-soviets # advocates: Petrichenko, Kronstadt sailors, Mensheviks, Left SRs]
    ~ nep = true
    ~ change("soviets", 12, "Free elections to the soviets, with the socialist parties")
    ~ change("party", -14, "The party shares the soviets with its rivals; its hardliners rebel")
    ~ change("land", 14, "Requisition ends: the peasant trades freely")
    ~ change("bread", 10, "Free trade brings grain to market")
    ~ change("industry", 6, "Trade, workshops and light industry revive")
    No one storms the ice. A delegation from the Congress goes to Kronstadt, and the government announces new elections to the soviets by secret ballot, with the Mensheviks, SRs and anarchists free to stand, and {war_communism:an end to requisition|a free trade in grain written into law}. # speculative: yes # marker: petrograd: March 1921: the Kronstadt demands met
    In the elections of the spring the Bolsheviks lose many soviets in the towns and most in the villages, and keep the army and the Cheka. Half the Central Committee calls it the end of the dictatorship of the proletariat; the other half calls it its beginning. The party, with no ban on factions, argues in the open as it has not since 1917. # speculative: yes
-
~ change("army", -3, "The army demobilised from five million men")
The Red Army marches into Georgia in February 1921 and takes Tiflis on the 25th; the Menshevik republic's government sails into exile in March. # map: georgia=soviet # marker: georgia: February 1921: the Red Army takes Tiflis
{ war_communism and not nep:
    ~ lose(7000000, "Dead in the famine of 1921–23 (estimate)")
    ~ change("bread", -12, "Famine in the Volga and Ukraine")
    The drought of 1921 falls on villages that have no reserves left. Famine sweeps the Volga, the Urals and southern Ukraine, and it does not end with the good harvest of 1922, because the requisition takes that too. People eat bark, clay and, in some villages, each other. The American Relief Administration and Fridtjof Nansen's committee feed millions, but the game estimates seven million dead by 1923. # speculative: yes # marker: volga: 1921–23: the great famine
- else:
    { war_communism:
        ~ lose(5000000, "Dead in the famine of 1921–22")
        ~ change("bread", -6, "Famine in the Volga and the Urals")
        The new policy comes too late for the harvest of 1921. A drought falls on villages that requisition has stripped of their reserves, and famine sweeps the Volga, the Urals and southern Ukraine: some twenty-five million people go hungry, and in some villages the living eat the dead. The American Relief Administration under Herbert Hoover and Fridtjof Nansen's committee feed over ten million people a day at the peak, in 1922. About five million die. # marker: volga: 1921–22: the Volga famine
    - else:
        ~ lose(2000000, "Dead in the famine of 1921–22 (estimate)")
        ~ change("bread", -4, "Famine in the Volga")
        The drought of 1921 hits the Volga all the same, but the villages still have some of their reserves, and the famine is smaller than the one history saw. The game estimates two million dead. # speculative: yes # marker: volga: 1921–22: famine on the Volga
    }
    By 1922 the markets are full again. Traders, the NEPmen, ride the trains with suitcases of goods and open shops and restaurants in Moscow that serve what no worker can afford. A new gold-backed currency, the chervonets, comes in late in 1922, and by 1924 the ruble is stable and the tax in kind has become a tax in money. The harvests climb back towards their pre-war level. So do the old divisions in the village, as the thrifty and the lucky hire the labour of their poorer neighbours. {kronstadt:The party that emerges is united, disciplined and alone: no other party is legal, and no faction may organise within it.}
}
# history: Kronstadt, the Tenth Congress and the NEP, 1921–1924
The Kronstadt rising of March 1921 was crushed, and thousands of rebels were killed, shot or fled. The party's Tenth Congress replaced requisition with a tax in kind and banned factions. The NEP brought back markets, private traders and a stable currency. It came too late to stop the famine of 1921–22, which killed about five million people. # short: yes
The Kronstadt sailors adopted their resolution on 1 March 1921 and were crushed on 17–18 March; the rebels lost perhaps a thousand killed, some eight thousand fled to Finland and over two thousand were sentenced to death, and the attackers lost well over a thousand. The Tenth Party Congress (8–16 March 1921) adopted the tax in kind, decreed on 21 March, and the resolution on party unity that banned factions. The Tambov rising was crushed by the summer; estimates of its dead run into the tens of thousands, and the game counts 20,000.
The famine of 1921–22, caused by drought on top of years of requisition, killed about five million people; at its peak in 1922 the American Relief Administration fed over ten million a day. The NEP, planned by Lenin and later defended by Bukharin, brought back markets and the NEPmen, the chervonets in 1922 and a stable currency by 1924, when the tax in kind became a cash tax. Harvests recovered by the mid-1920s, and with them rural inequality. The essay says Stalin and Trotsky were both doubtful of the NEP and had no ready alternative; the record differs. Trotsky had proposed a tax in kind in February 1920 and voted for the NEP in 1921, though from 1923 he pressed for planned industry within it; Stalin defended the NEP beside Bukharin against the Left until he turned on it in 1928.
-> chapter3

= ch2_crushed_germans
~ ch2_crush_cause = "germans"
~ change("army", -10, "The revolutionary war lost")
~ change("party", -15, "The party hunted and scattered")
~ change("soviets", -15, "The soviets dispersed")
~ lose(100000, "Killed in the fighting and the terror of 1918 after the revolutionary war (estimate)")
The Germans do not stop. Their generals want the Ukrainian grain secured and the Bolshevik contagion stamped out before they turn west, and their columns push on towards Moscow while the Czechoslovak Legion rises along the Volga and the Allies land in the north. Short of bread, guns and men and squeezed from every side, the Soviet government is overthrown in the summer by an SR and officers' rising in Moscow itself, and its leaders scatter as fugitives. The game estimates a hundred thousand dead in the fighting and the terror that follow. # speculative: yes # map: moscow=white, volga=white, urals=white, west-siberia=white, east-siberia=white, north=allied, far-east=allied, don-kuban=white, north-caucasus=white, central-asia=white # marker: moscow: Summer 1918: the Soviet government falls
-> ch2_brest_card ->
-> ch2_crushed_ending

= ch2_crushed_whites
~ ch2_crush_cause = "whites"
~ change("army", -15, "The Red Army routed")
~ change("party", -15, "The party hunted and scattered")
~ change("soviets", -15, "The soviets dispersed")
~ lose(1500000, "Dead in the Civil War of 1918–1919: fighting, terror, typhus and hunger (estimate)")
~ lose(300000, "Killed in the White terror after the fall of Moscow (estimate)")
The {volunteer_army:volunteers fight, and volunteers are|Red Army fights, and it is} not enough. Denikin's cavalry pours through the gap at Orel, Tula and its arms works fall in November, and Yudenich takes Petrograd. The Soviet government leaves Moscow for the Volga, and its army breaks up into partisan bands. The game estimates a million and a half dead in the two years of war, and three hundred thousand more in the White terror that follows the victory. # speculative: yes # map: moscow=white, petrograd=white, volga=white, urals=white, west-siberia=white, east-siberia=white, north=white, ukraine=white, don-kuban=white, north-caucasus=white, central-asia=white # marker: moscow: Winter 1919: the Whites take Moscow
-> ch2_feeding_card ->
-> ch2_crushed_ending

= ch2_crushed_ending
# ending: crushed
This epilogue is speculation: what might have followed if the Soviet republic had fallen in the Civil War. # speculative: yes
{ch2_crush_cause == "germans":When Germany collapses in November 1918, its armies go home and the Allies and the White generals inherit what they leave. }The Whites win, but they do not win together. Kolchak, Denikin and their generals agree on a united and indivisible Russia and on very little else, and they spend the next years quarrelling over who rules it while Allied advisers hold the purse. A military government sits in Moscow and promises a new Constituent Assembly that never quite meets. # speculative: yes
In the towns, field courts-martial try the Bolsheviks, the soviet deputies and the Red Guards they catch, and shoot them in batches. In the villages the landlords come back behind the Cossacks, and the peasants who divided their estates are flogged and hanged; the peasant war goes on in the forests for years. In Ukraine and Belarus the pogroms the White armies carried with them in history become the policy of the victors. The game's estimates of the dead are set down beside the meters; no one can know them. # speculative: yes
Finland, Poland and the Baltic states keep their independence, the Caucasus and Central Asia fight their own wars, and Japan keeps the Pacific coast. Russia, wrecked by seven years of war, becomes a poor, authoritarian state on the edge of Europe, more like the dictatorships that spread across the continent in the 1920s and 1930s than like the empire it replaced. # speculative: yes
The first workers' state outlives the Paris Commune, but not by much, and leaves a legend instead of a history. The seventy years that history gave it, the Five-Year Plans and the famines, the camps and the victory over Hitler, never happen. # speculative: yes
-> END
