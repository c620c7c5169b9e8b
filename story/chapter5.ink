// October Paths — Chapter 5: 1941–1953: The Great Patriotic War and the Cold War.
// Forks, in order: june-1941 (with a second choice point, Kiev, September 1941),
// after-the-war. The chapter closes with the famine of 1946–47, the first years of the
// Cold War and Stalin's death on 5 March 1953, then diverts to chapter6.
// Ending here: barbarossa (the Soviet state falls in 1941–42), decided in the autumn of 1941
// by ch5_strength(): industry, army, allies, unity, and the flags earlier chapters set.
//
// Flags read from earlier chapters (declared there): brest (Ch2); stalin_gensec,
// collectivization, nep_kept, left_plan (Ch3); hitler_in_power, united_front, popular_front,
// officer_purge, terror, pact (Ch4); comintern_push, turn_east (Ch2, read at after-the-war); ch2_poland (Ch2: june-1941,
// after-the-war).
// If hitler_in_power is false (a speculative Chapter 4), there is no Nazi invasion: the
// chapter imagines a smaller war with Japan instead, and the barbarossa ending cannot happen.

// ---------------------------------------------------------------------------------------
// Flags set in this chapter (read by Chapter 6).
// ---------------------------------------------------------------------------------------

// june-1941: the war was fought as a patriotic war of all peoples, allied with the West.
// Read by after-the-war (the alliance's credit) and Chapter 6 (after-stalin: the war's
// legend and the Secret Speech).
VAR patriotic_war = false

// june-1941 outcome: the Soviet state survived and won its war (false only on the way to the
// barbarossa ending). Read by after-the-war and Chapter 6.
VAR war_won = false

// after-the-war: "yalta" (hold the Yalta line, blockade Berlin: history), "press" (press for
// more, speculative) or "tito" (let Eastern Europe choose its own road, speculative).
// Read by Chapter 6: after-stalin, arms-race, perestroika (the bloc in 1989).
VAR postwar = ""

// Chapter-internal: how the war was fought ("patriotic", "class", "brest") and whether
// Kiev was held in September 1941 ("hold", "withdraw"). Read only in this chapter.
VAR ch5_fight = ""
VAR ch5_kiev = ""

// Army + Industry when the war comes (read by ch5_war_toll). History's path enters June 1941
// with 113; the toll is scaled from there.
VAR ch5_readiness = 0
CONST CH5_HISTORY_READINESS = 113

// The war's dead as a percentage of history's 26.6 million (docs/model.md, "What Lives lost
// counts"): the game's estimate, not a finding. Historians argue that the purge of the
// officer corps, the choice of 1939 and the state of the army and industry in June 1941
// shaped the catastrophe of the first months, so the toll moves with them: -12 without the
// purge, -10 with an alliance that makes it a two-front war from the start, +6 for a war
// begun on the old border with no buffer (neutrality), and one point for every two points
// of Army + Industry above or below history's; between 70 and 140.
=== function ch5_war_toll() ===
~ temp pct = 100
{ not officer_purge:
    ~ pct = pct - 12
}
{ pact == "alliance":
    ~ pct = pct - 10
}
{ pact == "neutral":
    ~ pct = pct + 6
}
~ pct = pct - (ch5_readiness - CH5_HISTORY_READINESS) / 2
~ return MAX(70, MIN(140, pct))

// lose() a share of a historical figure: base * pct / 100, without overflowing.
=== function lose_share(base, pct, reason) ===
~ lose(base / 100 * pct, reason)

// How strong the Soviet state is in the autumn of 1941: industry and army count in full,
// allies by half, unity (party, soviets) and peasant goodwill by a quarter, plus what the
// earlier choices built. Below 90 the state breaks (the barbarossa ending).
=== function ch5_strength() ===
~ return ch5_strength_of(industry, army, world, party, soviets, land, officer_purge, pact, ch5_fight, ch5_kiev)

// The same rule for any meters and choices, so the ending watch lines (`# watch: yes`) can
// look ahead with it: the warning and the ending can never disagree.
=== function ch5_strength_of(i, a, w, p, s, l, purge, pact_made, fight, kiev) ===
~ temp strength = i + a + w / 2 + (p + s + l) / 4
{ collectivization or left_plan:
    ~ strength = strength + 10
}
{ purge:
    ~ strength = strength - 10
}
{ pact_made == "pact":
    ~ strength = strength + 6
}
{ pact_made == "alliance":
    ~ strength = strength + 10
}
{ popular_front:
    ~ strength = strength + 5
}
{ fight == "patriotic":
    ~ strength = strength + 10
}
{ fight == "class":
    ~ strength = strength - 5
    { united_front:
        ~ strength = strength + 5
    }
}
{ fight == "brest":
    ~ strength = strength - 10
}
{ kiev == "hold":
    ~ strength = strength - 4
}
{ kiev == "withdraw":
    ~ strength = strength + 4
}
~ return strength

// Lookahead for the watch lines, mirroring the meter changes between here and the check.
// From the meters at the Kiev choice: the strength if Kiev is held ("hold") or given up.
=== function ch5_strength_kiev(i, a, w, p, s, l, purge, pact_made, fight, kiev) ===
{ kiev == "hold":
    ~ a = soften(a, -8)
    ~ p = soften(p, 2)
- else:
    ~ a = soften(a, 4)
    ~ p = soften(p, -3)
    ~ w = soften(w, -2)
}
~ return ch5_strength_of(i, a, w, p, s, l, purge, pact_made, fight, kiev)

// From the meters at the first choice of june-1941: the war fought as `fight`, the first
// months, then Kiev.
=== function ch5_strength_if(i, a, w, p, s, l, purge, pact_made, fight, kiev) ===
{ fight:
- "class":
    ~ w = soften(w, -8)
    ~ p = soften(p, 4)
    ~ s = soften(s, 9)
    ~ l = soften(l, -6)
- "patriotic":
    ~ w = soften(w, 12)
    ~ p = soften(p, 6)
    ~ s = soften(s, 6)
    ~ l = soften(l, 5)
- else:
    ~ p = soften(p, -10)
    ~ i = soften(i, 5)
    ~ a = soften(a, -6)
    ~ w = soften(w, -6)
    ~ s = soften(s, -4)
}
~ a = soften(a, -12)
~ i = soften(i, -10)
~ return ch5_strength_kiev(i, a, w, p, s, l, purge, pact_made, fight, kiev)

// The strongest the state can be in the autumn of 1941 from here (the first choice of
// june-1941): a patriotic war and a timely retreat from Kiev. They are the best of the
// choices still to come on every path: the patriotic war moves every meter the strength
// counts at least as well as the class war (it gives up a quarter of a point on Soviets for
// ten of bonus) and the second Brest, and the retreat gains Army and its own bonus for a
// point or two of Party and World.
=== function ch5_best_strength(i, a, w, p, s, l, purge, pact_made) ===
~ return ch5_strength_if(i, a, w, p, s, l, purge, pact_made, "patriotic", "withdraw")

// A floor under the strength in the autumn of 1941 from the first choice of june-1941 on,
// whatever is chosen: every loss the choices and the first months can bring, at full size
// (soften() only ever shrinks a change), none of the gains, and the worst bonuses. The
// watch lines look closer only when the floor is under the line: on most paths it is far
// above, and the story is spared the lookups.
=== function ch5_floor() ===
~ return ch5_strength_of(industry - 10, army - 26, world - 10, party - 13, soviets - 4, land - 6, officer_purge, pact, "brest", "hold")

// The same floor for the best of the choices to come (a patriotic war, a retreat at Kiev)
// from meters some choices earlier, less the losses `i`, `a`, `w`, `p`, `s` those choices can
// bring at worst; the first months of the war are counted here.
=== function ch5_best_floor(i, a, w, p, s, purge) ===
~ return ch5_strength_of(industry - i - 10, army - a - 12, world - w - 2, party - p - 3, soviets - s, land, purge, "neutral", "patriotic", "withdraw")

// The strength below which the state breaks.
CONST CH5_BREAKS = 90


=== chapter5 ===
~ ch5_readiness = army + industry
# chapter: 1941–1953: The Great Patriotic War and the Cold War
# year: 1941
# fork: june-1941
# year: 1941
# date: 22 June 1941
// The ending watch's lookahead: how each way of fighting ends in the autumn, held or not at
// Kiev (see ch5_strength_if). It runs here, right after the tags, where ink is not looking
// past the end of a line, so the work is done once.
~ temp lost_class = false
~ temp lost_patriotic = false
~ temp lost_brest = false
~ temp at_risk = false
// The ways of fighting are ordered (see ch5_best_strength): a patriotic war beats a class
// war, which beats a second Brest, and a retreat at Kiev beats holding it. So the worst
// outcome is a second Brest with Kiev held, and each way's best is with the retreat.
{ hitler_in_power and ch5_floor() < CH5_BREAKS:
    ~ at_risk = ch5_strength_if(industry, army, world, party, soviets, land, officer_purge, pact, "brest", "hold") < CH5_BREAKS
}
{ at_risk:
    ~ lost_brest = ch5_strength_if(industry, army, world, party, soviets, land, officer_purge, pact, "brest", "withdraw") < CH5_BREAKS
}
{ lost_brest:
    ~ lost_class = ch5_strength_if(industry, army, world, party, soviets, land, officer_purge, pact, "class", "withdraw") < CH5_BREAKS
}
{ lost_class:
    ~ lost_patriotic = ch5_strength_if(industry, army, world, party, soviets, land, officer_purge, pact, "patriotic", "withdraw") < CH5_BREAKS
}
{ hitler_in_power:
    { pact == "alliance":
        // No pact: Poland and the Baltic states still lie between Germany and the Soviet border.
        Before dawn on Sunday, 22 June 1941, the guns open up from East Prussia to the Carpathians. More than three million German soldiers cross into Poland and Lithuania, with Romania, Hungary and Italy soon at their side: the largest invasion force ever assembled. As the alliance binds it to, the Red Army marches west to meet them on Polish soil, and the Luftwaffe catches its columns on the roads. # speculative: yes # era: 1941 # map: poland=axis # marker: belarus: 22 June: Operation Barbarossa
    - else:
        Before dawn on Sunday, 22 June 1941, the guns open up from the Baltic to the Black Sea. More than three million German soldiers cross the border, with the Romanian army beside them and the Finns, Hungarians, Slovaks and Italians soon to follow: the largest invasion force ever assembled. By nightfall some twelve hundred Soviet aircraft have been destroyed, most of them parked wing to wing on their airfields. # era: 1941 # marker: belarus: 22 June: Operation Barbarossa
    }
    {
    - pact != "alliance" and ch2_poland == "soviet":
        By now Germany rules most of Europe: Denmark, Norway, France and the Low Countries fell in 1940, Yugoslavia and Greece in the spring of 1941. Mussolini's Italy fights at Hitler's side. In the first days of the invasion the Wehrmacht overruns Soviet Poland. # speculative: yes # map: france=axis, benelux=axis, czechoslovakia=axis, austria=axis, yugoslavia=axis, greece=axis, italy=axis, bulgaria=axis, poland=axis
    - pact != "alliance":
        By now Germany rules most of Europe. Poland fell in 1939, France and the Low Countries in 1940, Yugoslavia and Greece in the spring of 1941. Mussolini's Italy fights at Hitler's side. # map: france=axis, benelux=axis, czechoslovakia=axis, austria=axis, yugoslavia=axis, greece=axis, italy=axis, bulgaria=axis
    }
    { pact == "pact":
        The pact with Germany bought twenty-two months, and new frontier lands up to three hundred kilometres deep. It did not buy readiness. Warnings came from the spy Richard Sorge in Tokyo, from Churchill, from German deserters who swam the Bug the night before; {stalin_gensec:Stalin|the Kremlin} dismissed them as provocations. The new frontier forts are half built, the old ones half dismantled.
    }
    { pact == "alliance":
        In this story Moscow stood with London and Paris in 1939. The alliance did not keep the war away, but it means that when it comes, the Soviet Union has allies already bound to it by treaty, and Germany has never been free to fight on one front at a time. # speculative: yes
    }
    { pact == "neutral":
        In this story Moscow made no pact and no alliance in 1939. Neutrality bought neither land nor time nor friends: the blow lands on the old frontier, and London watches to see how long the Red Army will last. # speculative: yes
    }
    { pact == "alliance":
        At noon Vyacheslav Molotov speaks on the radio: "Our cause is just. The enemy will be beaten. Victory will be ours." Within a month the Polish and Soviet armies are driven back across Poland to the old Soviet border, and hundreds of thousands of soldiers are taken prisoner. What should the people be told they are fighting for? # speculative: yes
    - else:
        At noon Vyacheslav Molotov speaks on the radio: "Our cause is just. The enemy will be beaten. Victory will be ours." {stalin_gensec:Stalin says nothing in public for eleven days.} Minsk falls on 28 June, and a third of a million soldiers are taken in the pockets west of it. What should the people be told they are fighting for?
    }
    Lev Mekhlis, head of the army's political commissars, speaks for the doctrine the army was raised on, the one the films of the 1930s showed: any war would be carried onto the enemy's soil, where the enemy's own workers would rise. Make it a class war, he says. Call the German worker in uniform a brother, let the Comintern summon the German working class to turn its guns on its masters, and carry the revolution west. A workers' state that fights in the name of tsarist generals and the old Russia has forgotten what it is.
    Molotov, with Ivan Maisky, the ambassador in London, answers that this is no war of classes: the invader means to destroy every people of the Union, Russian, Ukrainian, Belarusian, Jewish, Georgian and Kazakh, the believer and the unbeliever alike. Call them all to defend their homeland, and take the hand that Churchill offered on the radio the very evening of the invasion.{pact == "pact": And remember Finland in 1939, where the Finnish workers fought for Finland and not for the Red Army.}
    And a few whisper of a third way. Lenin yielded land at Brest-Litovsk to save the revolution; perhaps Berlin would take {pact == "pact":the Baltic, Bessarabia and part of Ukraine|part of Ukraine and Belarus} for a pause now. {brest == "sign":The party signed at Brest in 1918, and the breathing-space saved it.} {brest == "war":In 1918 the party chose revolutionary war instead, and nearly perished of it.} {brest == "delay":In 1918 delay cost the party more land than signing would have.}
- else:
    In this story Adolf Hitler never came to power. Germany is a troubled, quarrelsome republic with a small army, and on 22 June 1941 no Wehrmacht stands on the Soviet border. The danger is at the other end of the Union. # speculative: yes
    In Manchuria, Japan's Kwantung Army, mired in China since 1937 and bloodied by the Red Army at Khalkhin Gol in 1939, has won its argument in Tokyo: strike north, take the Soviet Far East, its fisheries, timber and ports. In June its divisions cross the Amur and the Mongolian border. # speculative: yes # marker: far-east: Japan strikes north
    Lev Mekhlis and the political commissars want a class war: call on the Japanese conscripts, peasants' sons, to turn their rifles on their officers, and arm Mao Zedong's guerrillas to carry revolution across China. Molotov would fight it as a war of all the peoples of the Union, side by side with Chiang Kai-shek's China and with the Western powers, who fear Japan too. And some would buy peace, as Lenin did at Brest: sign away the fisheries and the northern half of Sakhalin and wait. # speculative: yes
}
{ hitler_in_power:
    { pact == "alliance":
        Before dawn on Sunday, 22 June 1941, more than three million German soldiers cross into Poland and Lithuania, and the Red Army marches west to meet them: the largest invasion force ever assembled. # speculative: yes # short: yes
    - else:
        Before dawn on Sunday, 22 June 1941, more than three million German soldiers cross the Soviet border: the largest invasion force ever assembled. By nightfall some twelve hundred Soviet aircraft have been destroyed, most of them on their airfields. # short: yes
    }
    { pact == "pact":
        The pact with Germany bought twenty-two months and new frontier lands, but not readiness. Warnings from spies and deserters were dismissed as provocations. # short: yes
    }
    { pact == "alliance":
        In this story Moscow stood with London and Paris in 1939, and it has allies already bound to it by treaty. # speculative: yes # short: yes
    }
    { pact == "neutral":
        In this story Moscow made no pact and no alliance in 1939, and the blow lands on the old frontier. # speculative: yes # short: yes
    }
    { pact == "alliance":
        At noon Vyacheslav Molotov speaks on the radio: "Our cause is just. The enemy will be beaten. Victory will be ours." Within a month the Germans are at the old Soviet border. What should the people be told they are fighting for? # speculative: yes # short: yes
    - else:
        At noon Vyacheslav Molotov speaks on the radio: "Our cause is just. The enemy will be beaten. Victory will be ours." Minsk falls on 28 June. What should the people be told they are fighting for? # short: yes
    }
    Lev Mekhlis, head of the army's political commissars, says: make it a class war. Call on the German workers in uniform to turn their guns on their masters, and carry the revolution west. # short: yes
    Molotov, with the ambassador in London, Ivan Maisky, answers that the invader means to destroy every people of the Union. Call them all to defend their homeland, and take the hand Churchill has offered. # short: yes
    And a few whisper of a second Brest-Litovsk: give Germany land now for a pause, as Lenin did in 1918. # short: yes
- else:
    In this story Hitler never came to power, and no German army stands on the Soviet border. The danger is at the other end of the Union. # speculative: yes # short: yes
    In June 1941 Japan's Kwantung Army strikes north from Manchuria, across the Amur, to take the Soviet Far East. # speculative: yes # short: yes
    Lev Mekhlis and the political commissars want a class war: call on Japan's conscripts to rise, and arm Mao Zedong's Chinese guerrillas. Molotov would fight a war of all the Union's peoples, beside China and the Western powers. And some would buy peace, as Lenin did at Brest: sign away the fisheries and northern Sakhalin. # speculative: yes # short: yes
}
{
- lost_class and lost_patriotic and lost_brest:
    The Red Army and the state are too weak to survive this invasion. Moscow will fall this autumn, whatever is decided now. # watch: yes
- lost_class and lost_brest and not lost_patriotic:
    The Soviet state is close to breaking. Only a patriotic war of all the peoples, with Britain and America beside it, can hold Moscow; a war for world revolution or an offer of land for peace would lose it, and the state with it. # watch: yes
- lost_brest and not lost_class and not lost_patriotic:
    The Soviet state is close to breaking. An offer of land for peace would lose Moscow, and the state with it. # watch: yes
- lost_class or lost_patriotic or lost_brest:
    The Soviet state is close to breaking: the wrong choice now would lose Moscow, and the state with it. # watch: yes
- at_risk:
    The Soviet state is close to breaking: one more army lost this autumn could bring down Moscow, and the state with it. # watch: yes
}
* [{hitler_in_power:Fight a class war: call the enemy's workers to rise and carry the revolution west|Fight a class war: call Japan's conscripts to rise and arm the Chinese revolution} # option: class-war # advocates: Mekhlis, the army's political commissars, Comintern veterans]
    ~ ch5_fight = "class"
    ~ change("world", -8, "The Allies distrust a war for world revolution")
    ~ change("party", 4, "The party leads a war in its own name")
    ~ change("soviets", 9, "Workers' battalions and factory committees arm themselves")
    ~ change("land", -6, "Peasants asked to die for world revolution")
    {hitler_in_power:Leaflets rain on the German lines, hailing the soldiers as proletarians and promising them welcome as brothers. Radio Moscow calls on the workers of Hamburg and the Ruhr to rise.|Leaflets in Japanese rain on the Kwantung Army's lines, and Soviet rifles go by the trainload to Mao's base at Yan'an.} Commissars are told that the war will be won in the enemy's rear. # speculative: yes
    {hitler_in_power:Very few Germans cross over. They are winning, and they have been taught for eight years that the Bolshevik is a subhuman. In London, Churchill's ministers ask whether aid to Moscow means arming the world revolution.|Few Japanese soldiers cross over, and in Chungking Chiang Kai-shek asks whether the Soviet arms reaching Mao are aimed at Japan or at him.} # speculative: yes
* [{hitler_in_power:Fight a patriotic war of all the peoples of the Union, allied with Britain and America|Fight a patriotic war of all the peoples of the Union, beside China and the Western powers} # option: patriotic-war # advocates: Stalin, Molotov, Maisky # historical: yes]
    ~ ch5_fight = "patriotic"
    ~ patriotic_war = true
    ~ change("world", 12, "The alliance with Britain, and American aid")
    ~ change("party", 6, "War unity behind the leadership")
    ~ change("soviets", 6, "Whole peoples rally to defend their homeland")
    ~ change("land", 5, "A war for the motherland, not for the collective farm")
    { hitler_in_power:
        {stalin_gensec:On 3 July Stalin speaks at last, to "comrades, citizens, brothers and sisters", and calls for|On 3 July the Politburo calls for} a people's war: scorched earth before the invader, partisans behind him. On 12 July Britain and the Soviet Union pledge to make no separate peace. Factories are loaded onto trains and sent east, some fifteen hundred large works by the year's end, to be set up again in the Urals, Siberia and Central Asia.
    - else:
        The Union fights beside Chiang's China and with British and American supplies, and its call goes to every people, not to one class. # speculative: yes
    }
* [{hitler_in_power:Seek a second Brest: sound out Berlin on a peace that gives up land|Seek a second Brest: buy Tokyo off with the fisheries and northern Sakhalin} # option: second-brest # advocates: Beria (as later alleged), Sudoplatov (as later alleged)]
    ~ ch5_fight = "brest"
    ~ change("party", -10, "Talk of surrender splits the leadership")
    { hitler_in_power:
        ~ change("industry", 5, "While Berlin listens, trains carry more factories east")
    - else:
        ~ change("industry", 5, "While Tokyo listens, more guns reach the Far East")
    }
    ~ change("army", -6, "Soldiers ask why they should die for land already offered away")
    { hitler_in_power:
        ~ change("world", -6, "London fears a new Soviet–German deal")
    - else:
        ~ change("world", -6, "London and Washington fear a Soviet–Japanese deal")
    }
    ~ change("soviets", -4, "The people are told nothing")
    {hitler_in_power:Through the Bulgarian ambassador, word goes to Berlin: {pact == "pact":the Baltic, Bessarabia, part of Ukraine|part of Ukraine and Belarus}, in exchange for a halt. No answer comes. Hitler does not want a treaty; he wants the land to Archangel and Astrakhan, emptied for German settlers, and every week spent waiting for his reply is a week not spent fighting.|Tokyo is offered the fisheries and northern Sakhalin, and takes them as a sign of weakness. The Kwantung Army keeps coming.} # speculative: yes
-
{ hitler_in_power:
    -> ch5_first_months
- else:
    -> ch5_far_east_war
}

= ch5_first_months
~ change("army", -12, "The frontier armies destroyed in the first weeks")
~ change("industry", -10, "The western industrial regions lost or evacuated")
~ change("bread", -8, "Ukraine's grain lost to the invader")
{ officer_purge:
    The Red Army meets the blitzkrieg with commanders who were captains four years ago; their seniors were shot in 1937 and 1938. Some survivors of the camps are brought back: Konstantin Rokossovsky, released in 1940 with his teeth knocked out, now leads an army. # map: baltic=axis, belarus=axis
- else:
    The Red Army's commanders are men who have led armies before, and it shows: the retreat is orderly more often than not. But the tanks are too many and too fast, and the frontier armies are lost all the same. # speculative: yes # map: baltic=axis, belarus=axis
}
{ terror and hitler_in_power:
    In August the Volga Germans, some four hundred thousand people, are deported to Siberia and Kazakhstan as potential traitors.
}
Around Smolensk two months of fighting cost the Germans more than they expected. On 8 September they take Shlisselburg on Lake Ladoga, and Leningrad's siege begins. # marker: petrograd: 8 September 1941: the siege of Leningrad begins
# fork: june-1941
# date: September 1941
~ temp lost_hold = ch5_strength_kiev(industry, army, world, party, soviets, land, officer_purge, pact, ch5_fight, "hold") < CH5_BREAKS
~ temp lost_withdraw = ch5_strength_kiev(industry, army, world, party, soviets, land, officer_purge, pact, ch5_fight, "withdraw") < CH5_BREAKS
Now Guderian's panzers have turned south behind Kiev, and the armies of the Southwestern Front, the best part of a million men, are being closed in a vast bag east of the city. In July Georgy Zhukov, chief of the General Staff, said Kiev should be given up in time, and was dismissed for it. Marshal Budyonny and the front's chief of staff, General Tupikov, now beg to pull back behind the Psel while there is still a gap. {stalin_gensec:Stalin, with the chief of staff Boris Shaposhnikov, answers|In the Kremlin, the chief of staff Boris Shaposhnikov answers} that Kiev is the mother of Russian cities, that its loss will shake the country and the Allies alike, and that every week the Germans spend on Kiev is a week they do not spend on Moscow.
September 1941. German panzers have turned south behind Kiev (today Kyiv), and the armies of the Southwestern Front, the best part of a million men, are being closed in a vast trap east of the city. # short: yes
Georgy Zhukov, until July chief of the General Staff, said Kiev should be given up in time, and was dismissed for it. Marshal Budyonny and General Tupikov now beg to pull back behind the Psel river while there is still a gap. # short: yes
{stalin_gensec:Stalin, with the chief of staff Boris Shaposhnikov, answers|The chief of staff Boris Shaposhnikov answers} that Kiev is the mother of Russian cities. Its loss will shake the country and the Allies, and every week the Germans spend on Kiev is a week they do not spend on Moscow. # short: yes
{
- lost_hold and lost_withdraw:
    The Red Army and the state are too weak to survive the autumn. Moscow will fall, whatever is decided at Kiev. # watch: yes
- lost_hold:
    The Red Army is close to breaking. Lose the armies at Kiev, and Moscow will fall this autumn, and the Soviet state with it; pulling back in time can save them. # watch: yes
- lost_withdraw:
    The Red Army is close to breaking. Give up Kiev without a fight, and Moscow will fall this autumn, and the Soviet state with it. # watch: yes
}
* [Hold Kiev: not one step back # option: hold-kiev # advocates: Stalin, Shaposhnikov # historical: yes]
    ~ ch5_kiev = "hold"
    ~ change("army", -8, "The Southwestern Front encircled at Kiev")
    ~ change("party", 2, "The leadership will not yield the mother of Russian cities")
    The order stands. On 15 September the pincers meet near Lokhvitsa; on 19 September Kiev falls; on the 20th the front commander, General Kirponos, dies trying to break out. At a ravine outside the city called Babi Yar, the Germans shoot 33,771 Jews in two days. # map: ukraine=axis # marker: ukraine: September 1941: the Kiev encirclement
* [Give up Kiev and save the armies behind the Psel # option: withdraw-from-kiev # advocates: Zhukov, Budyonny, Tupikov]
    ~ ch5_kiev = "withdraw"
    ~ change("army", 4, "The Southwestern Front escapes encirclement")
    ~ change("party", -3, "Kiev abandoned without a fight")
    ~ change("world", -2, "The Allies read the retreat as weakness")
    The armies slip east through the gap before the pincers close, leaving Kiev and its bridges burning. Hundreds of thousands of men who would have gone into the cages march out to fight again. # speculative: yes # map: ukraine=axis # marker: ukraine: September 1941: Kiev abandoned
    The Germans take the city without a battle, and they shoot its Jews at Babi Yar all the same. # speculative: yes
-
{ ch5_strength() < CH5_BREAKS:
    -> ch5_barbarossa
}
-> ch5_victory

= ch5_victory
~ war_won = true
# year: 1941
# date: October–December 1941
On 2 October Army Group Centre opens Operation Typhoon against Moscow, and in two pockets at Vyazma and Bryansk takes more prisoners than at Kiev. On 16 October the capital panics: offices burn their files, the roads east fill, the government leaves for Kuibyshev (today Samara) on the Volga. {stalin_gensec:Stalin stays.} On 7 November troops march across Red Square and straight on to the front.
Then the autumn mud, the frost, and fresh divisions from Siberia and the Far East, sent west as intelligence, Sorge's among it, showed that Japan would strike south, not north. On 5 December the Red Army counter-attacks before Moscow and throws the Germans back a hundred and more kilometres. Hitler's war for a quick kill has failed. # marker: moscow: December 1941: the Germans stopped before Moscow
{ ch5_fight:
- "patriotic":
    In 1942 the Germans try again in the south and reach the Volga at {stalin_gensec:Stalingrad|Tsaritsyn} and the Caucasus mountains. Order No. 227, "Not one step back", puts blocking detachments behind the lines. The city is fought for house by house from August; on 19 November Soviet fronts break through the Romanian armies on the flanks, and on 2 February 1943 the last of Paulus's army surrenders. # year: 1942 # map: crimea=axis, don-kuban=axis, north-caucasus=axis # marker: volga: 23 August 1942 – 2 February 1943: {stalin_gensec:Stalingrad|Tsaritsyn}
    At Kursk in July 1943 the last German strategic offensive in the east breaks on minefields and dug-in guns. Kiev is freed on 6 November 1943, and the siege of Leningrad is lifted on 27 January 1944, after 872 days. # year: 1944 # map: don-kuban=soviet, north-caucasus=soviet, ukraine=soviet, crimea=soviet # marker: moscow: July 1943: Kursk
    { ch2_poland == "soviet":
        On 22 June 1944 Operation Bagration smashes Army Group Centre and frees Belarus in weeks. The Red Army reaches the Vistula in the summer and takes Warsaw in January 1945. In 1945 it takes Budapest, Vienna and, on 2 May, Berlin. Germany surrenders on 8 May. # year: 1945 # map: belarus=soviet, baltic=soviet, bessarabia=soviet, finland=independent, poland=bloc, czechoslovakia=bloc, hungary=bloc, romania=bloc, bulgaria=bloc, yugoslavia=bloc, germany=allied, austria=allied, france=allied, benelux=allied, italy=allied, greece=allied # marker: germany: 2 May 1945: Berlin falls
    - else:
        On 22 June 1944 Operation Bagration smashes Army Group Centre and frees Belarus in weeks. The Red Army halts at the Vistula while the Warsaw Uprising is crushed on the far bank. In 1945 it takes Budapest, Vienna and, on 2 May, Berlin. Germany surrenders on 8 May. # year: 1945 # map: belarus=soviet, baltic=soviet, bessarabia=soviet, finland=independent, poland=bloc, czechoslovakia=bloc, hungary=bloc, romania=bloc, bulgaria=bloc, yugoslavia=bloc, germany=allied, austria=allied, france=allied, benelux=allied, italy=allied, greece=allied # marker: germany: 2 May 1945: Berlin falls
    }
- "class":
    The war goes on longer than it might have. The class appeal brings over a handful of deserters and a great deal of Nazi propaganda, and British and American aid comes slowly and with conditions. The Red Army holds the Volga in 1942 and turns the tide in 1943 as it did in history, but its victory is bought with more Soviet blood; it reaches Berlin only in 1946. # speculative: yes # year: 1946 # map: don-kuban=soviet, north-caucasus=soviet, ukraine=soviet, crimea=soviet, belarus=soviet, baltic=soviet, bessarabia=soviet, finland=independent, poland=bloc, czechoslovakia=bloc, hungary=bloc, romania=bloc, bulgaria=bloc, yugoslavia=bloc, germany=allied, austria=allied, france=allied, benelux=allied, italy=allied, greece=allied # marker: germany: 1946: Berlin falls
- else:
    No peace comes from Berlin, only the next offensive. The talk of a second Brest, once it leaks, costs the leadership a year of trust, and the war is fought more bitterly and longer than it might have been. The Red Army reaches Berlin only in 1946. # speculative: yes # year: 1946 # map: don-kuban=soviet, north-caucasus=soviet, ukraine=soviet, crimea=soviet, belarus=soviet, baltic=soviet, bessarabia=soviet, finland=independent, poland=bloc, czechoslovakia=bloc, hungary=bloc, romania=bloc, bulgaria=bloc, yugoslavia=bloc, germany=allied, austria=allied, france=allied, benelux=allied, italy=allied, greece=allied # marker: germany: 1946: Berlin falls
}
{ terror:
    Behind the front, the NKVD punishes whole peoples for the collaboration of some. In 1943 and 1944, as the Red Army retakes the Caucasus and the Crimea, it deports the Karachays and the Kalmyks, then on 23 February 1944 the Chechens and the Ingush, then the Balkars, in May the Crimean Tatars and in November the Meskhetian Turks: nearly a million people, sent in cattle trucks to Kazakhstan, Central Asia and Siberia. By October 1948 the NKVD's own records count 223,805 of them dead in exile, and 45,275 of the Soviet Germans deported in 1941. # marker: north-caucasus: 1943–44: whole peoples deported
    ~ lose(269080, "Deported peoples who died in exile by October 1948: 223,805 of the peoples deported in 1943–44 and 45,275 Soviet Germans (NKVD records; a floor, and the peoples' own estimates are far higher)")
}
{ pact == "pact" and ch5_fight == "patriotic":
    Germany is occupied by the four Allies and will be divided; the map shows it as Allied, with the Soviet zone in its east. Yugoslavia freed itself under Tito's partisans.{ch2_poland == "riga": Poland moves west to the Oder and the Neisse.} The Soviet Union keeps most of the lands it took in 1939–40 and the north of East Prussia around Königsberg (today Kaliningrad), and after a short war with Japan in August and September it takes South Sakhalin and the Kurils. # era: 1945
- else:
    Germany is occupied by the four Allies and will be divided; the map shows it as Allied, with the Soviet zone in its east. Yugoslavia freed itself under Tito's partisans.{ch2_poland == "riga": Poland moves west to the Oder and the Neisse.} # era: 1945
    { pact == "pact":
        The Soviet Union keeps most of the lands it took in 1939–40 and the north of East Prussia around Königsberg (today Kaliningrad), and after a short war with Japan it takes South Sakhalin and the Kurils. # speculative: yes
    - else:
        In this story the Soviet Union took no land in 1939–40. Now, as a victor, it takes what history's pact gave it then, the Baltic states{ch2_poland == "riga":, eastern Poland} and Bessarabia, and also the north of East Prussia around Königsberg (today Kaliningrad); after a short war with Japan it takes South Sakhalin and the Kurils. # speculative: yes
    }
}
// Only history's Poland, which lost its east to the Union, "moves west". Where the border has
// run on the Curzon line since 1920, or Poland has been Soviet since then, it loses nothing in
// the east and only gains in the west (tests/unit/pathPoland.test.ts).
{
- ch2_poland == "curzon":
    Poland's eastern border stays on the Curzon line, where it has run since 1920, so Poland loses nothing in the east. In this story it is given Germany's lands east of the Oder and the Neisse all the same, and their Germans are driven west. # speculative: yes
- ch2_poland == "soviet":
    Soviet Poland, a Soviet republic since 1920, is freed, and its border with Soviet Belarus and Ukraine stays where it has run since then. In this story Moscow gives it Germany's lands east of the Oder and the Neisse as well, and their Germans are driven west. # speculative: yes
}
~ lose(21000, "Japanese soldiers killed in the Soviet offensive in Manchuria, August 1945 (Japanese count about 21,000; Soviet claims up to 84,000)")
~ change("army", 40, "The Red Army of 1945: eleven million under arms, the largest land army in the world")
~ change("industry", 6, "The war industry of the Urals and Siberia")
~ change("bread", -6, "Villages burnt, livestock gone, fields unsown")
~ change("land", -6, "The countryside bled of men and horses")
~ change("world", 10, "The Red Army's victory over fascism")
~ change("party", 5, "The party of victory")
~ temp toll = ch5_war_toll()
{ ch5_fight:
- "patriotic":
    { toll == 100 and ch5_kiev == "hold":
        ~ lose(8668000, "Soviet military dead, 1941–45 (Krivosheev), including prisoners who died in German camps")
        { terror:
            ~ lose(17662920, "Soviet civilian and other war dead: the rest of the estimated 26.6 million total, less the deported peoples counted above")
        - else:
            ~ lose(17932000, "Soviet civilian and other war dead: the rest of the estimated 26.6 million total")
        }
    - else:
        { ch5_kiev == "hold":
            ~ lose_share(8668000, toll, "Soviet military dead, 1941–45: the game's estimate for this path, scaled from history's 8.67 million")
        - else:
            ~ lose_share(8268000, toll, "Soviet military dead, 1941–45: the game's estimate, scaled from history's 8.67 million less about 400,000 saved at Kiev")
        }
        ~ lose_share(17932000, toll, "Soviet civilian war dead, 1941–45: the game's estimate, scaled from history's 17.9 million")
    }
- "class":
    ~ lose_share(10000000, toll, "Soviet military dead in a longer war (the game's estimate)")
    ~ lose_share(20000000, toll, "Soviet civilian war dead in a longer war (the game's estimate)")
- else:
    ~ lose_share(10500000, toll, "Soviet military dead in a longer war (the game's estimate)")
    ~ lose_share(20500000, toll, "Soviet civilian war dead in a longer war (the game's estimate)")
}
{ ch5_fight != "patriotic":
    The dead are counted in tens of millions. The game's estimate for this longer war is {toll * 3 / 10} million Soviet lives, against history's 26.6 million. # speculative: yes
- else:
    { toll != 100:
        How many of history's 26.6 million dead a {officer_purge:better-armed|better-led} Red Army might have saved is one of the war's great arguments. The game's estimate for this path is {toll * 266 / 1000} million, {toll < 100:fewer|more} because {not officer_purge:the officer corps was not purged, }{pact == "alliance":the war was fought on two fronts from the start, }{pact == "neutral":the war began on the old border with no buffer, }and the army and industry stood {ch5_readiness >= CH5_HISTORY_READINESS:stronger|weaker} in June 1941 than in history. Historians' guesses range widely; read it as a range of a few million either way. # speculative: yes
    }
}
# history: The Great Patriotic War, 22 June 1941 – 9 May 1945
Stalin fought the war as a patriotic war of all the Union's peoples, allied with Britain and the United States. Soviet factories turned out about 100,000 tanks and self-propelled guns. Whole peoples accused of collaboration were deported, and hundreds of thousands died. The cost was the greatest of any nation: about 26.6 million Soviet dead, some 8.7 million of them soldiers. # short: yes
Stalin framed the war as national and patriotic from his broadcast of 3 July 1941. The Orthodox Church was allowed a patriarch again in 1943, and the Comintern was dissolved in May 1943 to ease the Allies' suspicions. Britain signed a mutual-aid pact on 12 July 1941, and American Lend-Lease sent some eleven billion dollars of trucks, aircraft, food and rails. Soviet factories turned out about 100,000 tanks and self-propelled guns, and the essay argues that without the Five-Year Plans they could not have come close. The state also deported whole peoples accused of collaboration, among them the Volga Germans in 1941 and, in 1943–44, the Karachays, Kalmyks, Chechens, Ingush, Balkars, Crimean Tatars and Meskhetian Turks; hundreds of thousands died in transit and exile. By the NKVD's own count of October 1948, 223,805 of the peoples deported in 1943–44 and 45,275 Soviet Germans had died; the game counts these as part of the war's 26.6 million. Japan's dead in the Soviet offensive of August 1945 are counted too (about 21,000 by the Japanese count), since the Soviet Union began that war; the soldiers of the armies that invaded the Soviet Union are not.
At Kiev, where Stalin overruled his generals, the Germans claimed 665,000 prisoners; G. F. Krivosheev's General Staff study counts about 616,000 Soviet irrecoverable losses. About 2.5 million Soviet Jews died in the Holocaust; Babi Yar was one of its largest single massacres.
The cost was the greatest of any nation in the war. Krivosheev counts about 8.7 million Soviet military dead; other estimates, counting prisoners more fully (some 3 million of the 5.7 million taken died in German captivity), run to 10 million or more, the essay's "nearly ten million". Russian demographers put total Soviet war deaths at about 26.6 million, so civilian deaths were some 16–18 million, among them up to a million in besieged Leningrad. The game counts 8.7 million military and 17.9 million civilian dead.
-> ch5_after_the_war

= ch5_far_east_war
~ war_won = true
~ change("army", 10, "The Red Army wins a war on one front")
~ change("industry", -3, "Factories turned to the Far Eastern war")
~ change("bread", -3, "Trains carry troops, not grain")
{ ch5_fight == "patriotic":
    ~ change("world", 5, "Fighting beside China and the Western powers")
}
{ ch5_fight == "brest":
    ~ lose(600000, "Soviet dead in a longer war in the Far East (estimate)")
- else:
    ~ lose(300000, "Soviet dead in the war with Japan (estimate)")
}
The Kwantung Army meets what it met at Khalkhin Gol: tanks, artillery and aircraft in numbers it has never seen, commanded from Moscow without a second front to fear. By the summer of 1942 Soviet troops stand in Manchuria and northern Korea, and Tokyo asks for terms. The game estimates the Soviet dead at a few hundred thousand, a small fraction of what the war with Hitler cost in history. # speculative: yes # year: 1942 # map: korea=bloc # marker: far-east: 1942: the Kwantung Army defeated
# history: The war that came in history, 1941–1945
In history Hitler took power in 1933 and invaded the Soviet Union on 22 June 1941. Japan chose to strike south, at the United States and the European colonies, not north. The war with Germany cost about 26.6 million Soviet lives. # short: yes
In history, Hitler did take power in 1933 and invaded the Soviet Union on 22 June 1941. Japan debated striking north and massed some 700,000 men in Manchuria in July 1941, but chose to strike south, at the United States and the European colonies, in December. The Soviet–German war cost about 26.6 million Soviet lives, counting soldiers and civilians. The Red Army attacked the Kwantung Army only on 9 August 1945 and routed it in under two weeks.
-> ch5_after_the_war

= ch5_barbarossa
~ change("army", -30, "The Red Army destroyed before Moscow")
~ change("party", -25, "The government flees; the party breaks apart")
~ change("industry", -25, "The industrial heartland lost")
~ change("bread", -15, "Famine in the cities")
~ lose(5000000, "Soviet soldiers and prisoners dead in the collapse of 1941–42 (estimate)")
# year: 1941
# date: October 1941 – 1942
On 2 October the Germans open their drive on Moscow. This time nothing holds: the armies before the capital are too few, too badly led and too poorly supplied, and the pockets at Vyazma and Bryansk swallow what is left. On 16 October the government leaves for Kuibyshev; by November German tanks are in the city's suburbs, and Moscow falls before the frost can save it. # speculative: yes # map: moscow=axis, crimea=axis, don-kuban=axis # marker: moscow: November 1941: Moscow falls
Leningrad starves into surrender. In 1942 Army Group South reaches the Volga and the Caucasus oil. The government at Kuibyshev breaks up into regional commands quarrelling across the Urals, and Japan takes the Pacific coast. # speculative: yes # map: petrograd=axis, north=axis, volga=axis, north-caucasus=axis, caucasus=axis, far-east=axis, urals=independent, west-siberia=independent, east-siberia=independent, central-asia=independent
# history: What happened in history, autumn 1941
In history the Kiev encirclement of September 1941 cost the Red Army over 600,000 men. Moscow panicked in October, but the defence held, and on 5 December the counter-offensive drove the Germans back. # short: yes
In history the Kiev encirclement of September 1941 cost the Red Army over 600,000 men, and the Vyazma and Bryansk pockets in October as many again. Moscow panicked on 16 October and the government moved to Kuibyshev, but Stalin stayed, the defence held, and the counter-offensive of 5 December 1941 drove the Germans back. The essay credits the factories of the Five-Year Plans, moved east in 1941, with much of what followed: about 100,000 tanks and self-propelled guns by 1945.
# ending: barbarossa
This epilogue is speculation: what might have followed if the Soviet state had broken in 1941–42. # speculative: yes
Nazi Germany's planners had written down what they meant to do with victory. The Hunger Plan of May 1941 expected "umpteen millions" to starve when the grain of the south was sent to Germany, and the Generalplan Ost foresaw deporting or letting die some thirty million people or more to make room for German settlers. In this story those plans are carried out. Prisoners of war die in the open behind wire; the cities, cut off from the countryside, starve; the Jews of the whole conquered land are murdered; villages that shelter partisans are burnt with their people. The game's estimate is some twenty-five million dead under occupation, on top of five million soldiers. # speculative: yes
~ lose(25000000, "Dead under German occupation after the collapse (speculative estimate)")
Resistance does not end. Partisans hold the forests of Belarus and the Bryansk woods, and the commands beyond the Urals fight on with what they have. But without the Eastern Front, where most of the German army fought and died, Britain and the United States face a Germany with the resources of half a continent behind it. Whether they could have beaten it, and whether the first atomic bombs would have fallen on Germany in 1945 or 1946, is beyond knowing. # speculative: yes
The essay's argument about the Five-Year Plans cuts both ways: the state that October built was a fortress raised in haste by a poor country under threat, and here the fortress fell. Everything that in history came after, the reconstruction, Sputnik, the thaw and the long stagnation, belongs to a history that never was. # speculative: yes
-> END

= ch5_after_the_war
# fork: after-the-war
# year: 1945
{ turn_east:
    ~ change("world", 5, "Friends in Asia since the Baku congress of 1920")
}
# date: 1945–1949
{ hitler_in_power:
    Europe is in ruins from the Atlantic to the Volga. In the Soviet Union some 1,700 towns and 70,000 villages lie burnt; twenty-five million people are homeless. The Red Army stands on the Elbe, in Vienna and in Sofia, and the map of the peace is already half drawn. In Moscow in October 1944, Churchill slid a half-sheet of paper across the table: Romania ninety per cent Russian, Greece ninety per cent British, Yugoslavia and Hungary half and half, Bulgaria three-quarters Russian. {stalin_gensec:Stalin ticked it with a blue pencil.|The Soviet delegation accepted it.} At Yalta in February 1945 the three leaders promised the freed nations free elections and agreed the zones of Germany.
    Now the West is no longer an ally. In March 1946 Churchill speaks at Fulton of an iron curtain; in March 1947 Truman promises aid to any people resisting communism, starting with Greece, where a civil war has broken out between the Communist-led partisans and a British-backed monarchy. In Paris and Rome, Communist ministers who led the Resistance sit in coalition cabinets, and millions vote for them. In June 1947 the Americans offer Marshall Plan aid to all of Europe, East included. In occupied Germany the Western powers plan a new currency and a West German state.
    {patriotic_war:The wartime alliance is still fresh in people's minds, and the victory has given Moscow a prestige it has never had.} {comintern_push:Old Comintern hands recall the German revolution they tried to make in 1919–23, and see its chance again in the Soviet zone.} {turn_east:In Asia, the party's old turn to the East is bearing fruit: Mao Zedong's armies are winning China's civil war.}
    Andrei Zhdanov, speaking for {stalin_gensec:Stalin|the Politburo}, argues for holding what was agreed. The Soviet Union is exhausted and the Americans have the atomic bomb: keep the Yalta line, let Greece go, tell the French and Italian comrades to stay within the law, but close ranks in the East, refuse the Marshall Plan, and squeeze the West out of Berlin, an island in the Soviet zone.
    Nikos Zachariadis, leader of the Greek Communists, with Edvard Kardelj and Milovan Djilas in Belgrade, want more: arm the Greek partisans to win, back the comrades in France and Italy, and, as some in Moscow add, keep pressing Turkey on the Straits. Imperialism is weak now, they say; in five years it will not be.
    Josip Broz Tito, Władysław Gomułka in Poland and Georgi Dimitrov in Bulgaria speak of national roads to socialism, each country finding its own. Maxim Litvinov, retired, warns that Soviet demands will unite the West against Moscow. Let Eastern Europe choose, and socialism will have friends rather than garrisons.
- else:
    In this story there was no world war in Europe, and no Red Army on the Elbe. The peace to be settled is in the East: Soviet troops hold Manchuria and northern Korea, and in China the civil war between Chiang Kai-shek's Nationalists and Mao Zedong's Communists has flared again. # speculative: yes
    Zhdanov would hand Manchuria back to Chiang's government as agreed with the Western powers and keep only northern Korea. The hard-liners would keep the Red Army in Manchuria and arm Mao to win. Litvinov would withdraw altogether, and let Korea and China find their own roads. # speculative: yes
}
{ hitler_in_power:
    1945. Europe is in ruins from the Atlantic to the Volga. In the Soviet Union some 1,700 towns and 70,000 villages lie burnt. The Red Army stands on the Elbe, and at Yalta the Allied leaders have promised the freed nations free elections. # short: yes
    Now the West is no longer an ally. In 1946 Churchill speaks of an iron curtain; in 1947 President Truman promises aid to any people resisting communism, starting with Greece, where a civil war rages. The Americans offer Marshall Plan aid to all of Europe, East included. # short: yes
    Andrei Zhdanov argues for holding what was agreed: keep the Yalta line, let Greece go, refuse the Marshall Plan, close ranks in the East, and squeeze the West out of Berlin. # short: yes
    The Greek Communist leader Nikos Zachariadis, with Edvard Kardelj and Milovan Djilas of Yugoslavia, wants more: arm the Greek partisans to win, while imperialism is weak. # short: yes
    Josip Broz Tito, Władysław Gomułka in Poland and Georgi Dimitrov in Bulgaria speak of national roads to socialism. Let Eastern Europe choose, and socialism will have friends rather than garrisons. # short: yes
- else:
    1945. In this story there was no world war in Europe. The peace to be settled is in the East: Soviet troops hold Manchuria and northern Korea, and China's civil war has flared again. # speculative: yes # short: yes
    Zhdanov would hand Manchuria back to Chiang Kai-shek's government and keep northern Korea. The hard-liners would arm Mao to win. Maxim Litvinov would withdraw altogether. # speculative: yes # short: yes
}
* [{hitler_in_power:Hold the Yalta line and squeeze Berlin|Hold the line agreed with the West: Manchuria back to China, northern Korea kept} # option: yalta-and-berlin # advocates: Stalin, Molotov, Zhdanov # historical: yes]
    { hitler_in_power:
        ~ change("industry", 6, "Reparations: German factories dismantled and shipped east")
    - else:
        ~ change("industry", 6, "Manchuria's factories dismantled and shipped north")
    }
    ~ postwar = "yalta"
    { hitler_in_power:
        ~ change("world", -10, "The Cold War: the alliance breaks into two camps")
    - else:
        ~ change("world", -10, "A cold peace: Moscow and the West eye each other")
    }
    { hitler_in_power:
        ~ change("party", 4, "The bloc closes ranks under Moscow")
    - else:
        ~ change("party", 4, "The party closes ranks after the war")
    }
    { hitler_in_power:
        ~ change("army", 5, "The Soviet atomic bomb")
    - else:
        ~ change("army", 3, "Garrisons kept in northern Korea")
    }
    { hitler_in_power:
        ~ change("soviets", -6, "People's democracies made to Moscow's pattern")
    - else:
        ~ change("soviets", -6, "Northern Korea made to Moscow's pattern")
    }
    { hitler_in_power:
        Moscow keeps its side of the October 1944 bargain. Greece is left to the British and Americans, and the Greek partisans, denied Soviet help, are beaten by 1949. In May 1947 the French and Italian Communists are pushed out of their governments and do not take to the streets. # map: greece=allied
        In the East the coalitions give way to Communist rule: {ch2_poland != "soviet":Poland's rigged election in January 1947, }the Prague coup of February 1948. Moscow refuses the Marshall Plan and forbids Warsaw and Prague to take it. When the Western powers bring a new currency into West Berlin, the roads and railways into the city are closed on 24 June 1948. The Americans and British answer with an airlift, and in May 1949 the blockade is lifted. # marker: germany: June 1948 – May 1949: the Berlin blockade
        { ch2_poland == "soviet":
            In this story Poland has been a Soviet republic since 1920, and it has no coalition to end. # speculative: yes
        }
        Tito will not take orders, and on 28 June 1948 Yugoslavia is expelled from the Cominform. # map: yugoslavia=independent # marker: yugoslavia: June 1948: Tito expelled
        In April 1949 the West founds NATO; in August the first Soviet atomic bomb explodes in Kazakhstan; in October the German Democratic Republic is proclaimed, and in Beijing Mao proclaims the People's Republic of China. # map: china=bloc # marker: central-asia: 29 August 1949: the Soviet atomic bomb
    - else:
        Manchuria goes back to Chiang's China, and the Red Army keeps northern Korea, where a Communist state takes shape. The Western powers and Moscow settle into a cold peace, each suspicious of the other. Mao wins China's civil war without Moscow's help and owes it little. # speculative: yes # map: china=independent
    }
* [{hitler_in_power:Press for more: arm the Greek partisans, back the comrades in the West|Press for more: keep Manchuria and arm Mao to win} # option: press-for-more # advocates: Zachariadis, Kardelj, Djilas]
    ~ postwar = "press"
    { hitler_in_power:
        ~ change("world", -15, "Hot crises with a nuclear-armed America")
    - else:
        ~ change("world", -15, "A proxy war with America in China")
    }
    { hitler_in_power:
        ~ change("industry", -8, "Rearmament while the ruins are still smoking")
    - else:
        ~ change("industry", -8, "Rearmament for the war in China")
    }
    { hitler_in_power:
        ~ change("bread", -5, "Reconstruction starved to arm the new fronts")
    - else:
        ~ change("bread", -5, "Grain sent to the armies in Manchuria")
    }
    ~ change("army", 6, "The army kept on a war footing")
    ~ change("party", -3, "The leadership divided over the risks")
    { hitler_in_power:
        ~ lose(150000, "Dead in a wider Greek civil war and the crises of 1946–49 (estimate)")
        Soviet arms reach the Greek partisans through Yugoslavia and Bulgaria; the Truman Doctrine answers with American advisers, aircraft and napalm. The French and Italian Communists are urged to fight for power in the strikes of 1947 and are broken by police and troops. The Berlin blockade becomes a standoff at gunpoint. # speculative: yes # map: greece=allied # marker: greece: 1947–49: a wider Greek civil war
        The West rearms faster, NATO comes sooner, and the game estimates a hundred and fifty thousand dead in the wider crises. The Soviet bomb still comes in August 1949, into a colder world. # speculative: yes # map: china=bloc
    - else:
        ~ lose(100000, "Dead in a longer war in Manchuria (estimate)")
        The Red Army stays in Manchuria and arms Mao. The Americans arm Chiang, and the Chinese civil war becomes a proxy war between Moscow and Washington; the game estimates a hundred thousand more dead. Mao wins, and owes his victory to Moscow. # speculative: yes # map: china=bloc
    }
* [{hitler_in_power:Let Eastern Europe choose its own road|Withdraw and let Korea and China choose their own road} # option: own-road # advocates: Tito, Gomułka, Dimitrov, Litvinov]
    ~ postwar = "tito"
    ~ change("world", 10, "Socialism with friends, not garrisons")
    { hitler_in_power:
        ~ change("soviets", 8, "People's democracies chosen by their own peoples")
    - else:
        ~ change("soviets", 8, "Korea and China left to choose their own roads")
    }
    ~ change("party", -10, "The Kremlin loses its grip on its neighbours")
    ~ change("army", -8, "Troops withdrawn, buffer zone given up")
    { hitler_in_power:
        ~ change("industry", -6, "No reparations and no factories shipped east to rebuild with")
    - else:
        ~ change("industry", -6, "No factories from Manchuria to build with")
    }
    { hitler_in_power:
        The Red Army withdraws to its own borders as the peace treaties are signed. Elections are free: the Communists win the most votes in Czechoslovakia, as they did in 1946, and lead coalitions in Poland and Bulgaria; in Hungary the Smallholders govern and lean west. Belgrade, Sofia and Warsaw are free to take Marshall aid if they want it, and Tito's federation of the Balkans goes ahead. # speculative: yes # map: yugoslavia=independent, hungary=neutral, czechoslovakia=independent, greece=allied # marker: czechoslovakia: 1948: a Czechoslovak road to socialism
        Only Germany stays divided: the four powers cannot agree on a peace treaty, and Soviet troops stay in its east. # speculative: yes
        The Cold War still comes; Washington does not trust Moscow's restraint. But it comes more slowly, and NATO faces a looser, more independent East. # speculative: yes # map: china=independent
    - else:
        Moscow withdraws from Manchuria and Korea, and lets Mao's revolution go its own way. Korea votes, and China's civil war is left to the Chinese; Mao's Communists win it on their own in 1949. # speculative: yes # map: korea=independent, china=independent
    }
-
-> ch5_last_years

= ch5_last_years
# year: 1953
# date: 1946 – 5 March 1953
{ hitler_in_power:
    ~ change("army", -15, "Demobilisation: from eleven million under arms to under three million by 1948")
- else:
    ~ change("army", -15, "Demobilisation after the war with Japan")
}
{ hitler_in_power:
    The victory does not bring bread. Drought in 1946 falls on a countryside stripped of men, horses and tractors, and the state keeps collecting grain and even exporting it. In history the famine of 1946–47 killed about a million people, and some estimates run to a million and a half.
    { nep_kept:
        With the peasants' farms left in their own hands since the 1920s, the countryside here has more reserves to fall back on, and the game estimates the toll at half the historical figure. # speculative: yes
        ~ lose(500000, "The famine of 1946–47 (estimate for a countryside that kept its farms)")
    - else:
        ~ lose(1000000, "The famine of 1946–47 (low estimate: 1 to 1.5 million)")
    }
    ~ change("bread", -8, "Drought and the famine of 1946–47")
    ~ change("industry", 10, "The Fourth Five-Year Plan rebuilds the ruined industry")
    ~ change("bread", 10, "Rationing ends in December 1947; the cities are fed again")
    Rationing ends in December 1947, and the Fourth Five-Year Plan rebuilds the Dnieper dam, the Donbass mines and the steelworks. By 1950 industry is back above its pre-war level; the villages, paid almost nothing for their grain, are not.
- else:
    Drought in 1946 brings hunger to the Volga and Ukraine, but in a country never invaded, the reserves hold. # speculative: yes
    ~ change("industry", 8, "Steady peacetime growth")
}
{ terror:
    The camps fill again: {hitler_in_power:returning prisoners of war, peoples of the new western lands,|peasants who fell short of the grain quota, workers late for their shifts,} and the leaders of the Leningrad party, arrested in 1949 in the "Leningrad Affair" and shot in 1950. In January 1953 Jewish doctors are accused of plotting to murder the leadership. The camps hold more prisoners than ever, some two and a half million by 1950, and a quarter of a million die in them between the end of the war and Stalin's death.
    ~ change("soviets", -5, "The terror resumes after the victory")
    ~ change("party", -6, "The Leningrad Affair: the party's own leaders shot again")
    ~ lose(255000, "Died in the Gulag's camps and colonies, 1946–53 (the camp administration's records; a floor)")
}
{ hitler_in_power and (postwar == "yalta" or postwar == "press"):
    In June 1950 North Korea invades the South, with Moscow's consent, and the Cold War turns hot in Asia.
}
{ stalin_gensec:
    On 1 March 1953 Stalin is found on the floor of his dacha after a stroke; his guards had been afraid to enter. He dies on 5 March. Millions weep in the streets, and some are crushed to death in the crowds at his funeral. In the camps, prisoners wait to see who will rule next.
- else:
    On 5 March 1953 Joseph Stalin, in this story long since one member of the leadership among others, dies of a stroke. His death changes less than it did in history; the question of what comes next is older than one man. # speculative: yes
}
# history: Yalta, Berlin and the split with Tito, 1944–1953
Stalin kept his bargain with Churchill: he gave the Greek Communists almost no help, and they were beaten in 1949. In Eastern Europe Communist rule was imposed step by step. Tito's Yugoslavia, which would not take orders, was expelled from the Cominform, the Communist parties' bureau, in 1948. The Berlin blockade of 1948–49 failed. At home, the famine of 1946–47 killed one to one and a half million people. # short: yes
Stalin kept the "percentages" bargain of October 1944. He gave the Greek Communists almost no help and in February 1948 told the Yugoslavs that the Greek rising must be wound up; the partisans were defeated in 1949. In May 1947 the French and Italian Communists were dismissed from their governments. In Eastern Europe, Communist rule was imposed by stages, through rigged elections, purges and the Prague coup of February 1948. Tito's independence brought Yugoslavia's expulsion from the Cominform on 28 June 1948.
The Berlin blockade ran from 24 June 1948 to 12 May 1949, less than a year (the essay says nearly two), and the Western airlift kept the city supplied. NATO was founded on 4 April 1949, the first Soviet atomic bomb was tested on 29 August 1949, and Germany was divided into two states that year. At home, the famine of 1946–47 killed, by most estimates, between one and one and a half million people; the game counts one million. The Gulag reached its peak of about 2.5 million prisoners in camps and colonies in the early 1950s; the camp records count about 255,000 deaths in 1946–53, which the game counts. Stalin died on 5 March 1953.
-> chapter6
