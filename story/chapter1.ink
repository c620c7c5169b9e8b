// October Paths — Chapter 1: 1917: Dual Power.
// Forks, in order: february, provisional-government, july-days, red-guards, october.
// Dates are Old Style (the Julian calendar Russia used until February 1918), with the
// New Style in brackets at the first mention of a key date.
// Endings here: crushed (July rising path) and generals-russia (Kornilov's coup succeeds).

// ---------------------------------------------------------------------------------------
// Flags set in this chapter (read here and by later chapters).
// ---------------------------------------------------------------------------------------

// provisional-government: the party gave the Provisional Government critical support and
// entered the coalition. Read by july-days (the crowds march against your own ministers),
// red-guards (Kornilov is stronger; the generals-russia ending), october (text), and
// Chapter 2 (brest-litovsk: a party that sat in the war cabinet makes peace with less standing).
VAR pg_support = false

// provisional-government: the party neither joined nor opposed the government and waited
// for the Constituent Assembly. Read by july-days and october (text) and Chapter 2
// (the Constituent Assembly of January 1918).
VAR assembly_first = false

// july-days / red-guards: the party, having joined the coalition, has left it again
// (only ever true when pg_support is). Read by red-guards (text; set there when arming).
VAR quit_coalition = false

// july-days: the party rose in July (speculative) and survived. Read by red-guards (the party
// is weaker), october (text) and Chapter 2 (fewer experienced organisers).
VAR july_rising = false

// july-days: the party kept off the streets and disowned the march. Read by october (the
// Vyborg militants hang back from the Military Revolutionary Committee).
VAR july_stayed_off = false

// red-guards: the factory Red Guards were armed against Kornilov. Read by october (an armed
// force for the insurrection) and Chapter 2 (red-army: the Red Guards as the volunteer core).
VAR red_guards = false

// red-guards: the Bolsheviks won majorities in the Petrograd and Moscow soviets after Kornilov.
// Read by october.
VAR soviet_majority = false

// october: the party waited for the Congress of Soviets to vote instead of rising first
// (speculative). Read by Chapter 2 (brest-litovsk and the Constituent Assembly).
VAR waited_for_congress = false

// october: a broad socialist coalition governs (speculative). Read by Chapter 2
// (brest-litovsk: the war question splits the coalition).
VAR socialist_coalition = false

// october: the historical government: Bolsheviks, joined by the Left SRs in November and
// December 1917. Read by Chapter 2 (brest-litovsk: the Left SRs leave over the treaty).
VAR left_srs_in_government = false

// The ending rules of this chapter, shared by the checks and the ending watch lines
// (docs/story-format.md, `# watch: yes`), so the warning and the ending can never disagree.

// july-days: a rising is crushed outright (the crushed ending) unless the party and the
// soviets are both strong.
=== function july_rising_crushed() ===
~ return party + soviets < 95

// red-guards: a party that sat in Kerensky's cabinet, with soviets this weak, cannot stop
// Kornilov without Red Guards (the generals-russia ending). `s` is the Soviets meter after
// the defence's own change.
=== function kornilov_wins(s) ===
~ return pg_support and s < 45


=== chapter1 ===
# chapter: 1917: Dual Power
# year: 1917
# fork: february
# year: 1917
# date: 23 February (8 March) 1917
In 1914 the Russian Empire reached from Warsaw and Helsingfors to the Pacific, a sixth of the world's land under one autocrat. # era: 1914
The war has already cost it Poland, Lithuania, Courland (the south-west of today's Latvia) and the western edge of Belarus, lost in the Great Retreat of 1915, and the front runs from the Gulf of Riga through Romania to the Black Sea. # map: poland=central, lithuania=central, vilna=central, west-belarus=central
Petrograd, the third winter of the war. On 23 February (8 March) 1917, International Women's Day, women who have queued all night for bread walk out of the Vyborg side textile mills and march on the engineering works next door, hammering on the gates to bring the men out. By evening nearly 90,000 are on strike.
Within three days the strike is general, and the banners read Down with the war and Down with the autocracy. Nicholas II orders the disorders ended. On Sunday the 26th troops fire into the crowds; dozens fall. On the 27th the garrison mutinies, regiment after regiment: peasants in uniform who will not shoot their own. The prisons are thrown open and the police go into hiding.
In the Tauride Palace two powers now meet under one roof: a committee of Duma deputies, men of property who fear the street more than they love the Tsar, and the new Petrograd Soviet of Workers' and Soldiers' Deputies. Lenin is in Zurich. In Petrograd the Bolsheviks are a few thousand militants led by Alexander Shlyapnikov and Vyacheslav Molotov. You sit with them. What do you push for first?
Shlyapnikov and the soldiers' delegates say: build the soviet from below, a deputy for every thousand workers and every company of soldiers, with elected committees in the regiments to keep hold of the rifles. Vladimir Groman, the Menshevik economist on the soviet's food commission, says revolutions starve before they are beaten: take over the flour stores and ration the city. Mikhail Rodzianko, chairman of the Duma, pleads for order: send the soldiers back to their officers while the Germans stand on the Dvina.
Each choice moves the gauges. Bread is food in the cities; Land, the goodwill of the peasants, four Russians in five; Soviets, how far working people run their own affairs; then Industry, Army, Party (your party's unity) and World (friends abroad). Lives lost counts the dead, and Territory is read off the map. Ask any gauge why it moved.
Petrograd (today St Petersburg), February 1917, the third winter of the war. On 23 February (8 March), International Women's Day, women who have queued all night for bread walk out of the textile mills. Within three days the strike is general: Down with the war, down with the autocracy. On the 27th the garrison mutinies. The soldiers will not shoot their own. # short: yes
In the Tauride Palace two powers now meet under one roof: a committee of Duma deputies, men of property, and the new Petrograd Soviet of workers' and soldiers' deputies. Lenin is in exile in Zurich. In Petrograd the Bolsheviks are a few thousand militants, and you sit with them. What do you push for first? # short: yes
Alexander Shlyapnikov and the soldiers' delegates say: build the soviet from below, with elected committees in every regiment to keep hold of the rifles. Vladimir Groman, a Menshevik economist, says revolutions starve before they are beaten: take over the flour stores and ration the city. Mikhail Rodzianko, chairman of the Duma, pleads for order: send the soldiers back to their officers. # short: yes
Each choice moves the gauges: Bread, Land (the peasants' goodwill), Soviets, Industry, Army, Party and World. Lives lost counts the dead. Ask any gauge why it moved. # short: yes
* [Build the soviet from below and give the regiments their own committees # option: soviet-from-below # advocates: Shlyapnikov, Molotov, the soldiers' delegates # historical: yes]
    ~ change("soviets", 10, "Factories and regiments elect the Petrograd Soviet")
    ~ change("army", -5, "Order No. 1 ends the officers' unchecked command")
    ~ change("party", 5, "Bolsheviks organise in the open")
    Within days the factories and barracks have chosen their deputies. On 1 March the soviet issues Order No. 1: every unit elects a committee, weapons stay under the committees' control, and the Duma's military orders count only where the soviet agrees. The generals call it the end of the army. The soldiers call it the end of being treated like serfs.
* [Put bread first: the soviet takes over the flour stores and rations the city # option: bread-first # advocates: Groman, the soviet's food commission]
    ~ change("bread", 8, "The soviet rations the city's flour")
    ~ change("soviets", 4, "Soviet food committees in every district")
    ~ change("industry", -3, "Merchants hide their stocks; trade seizes up")
    Soviet squads break the seals on the warehouses and count the sacks; ration points open in every district and the queues grow shorter. # speculative: yes
    But while the soviet counts flour, the Duma men count ministries, and the regiments are left to settle with their officers on their own. # speculative: yes
* [Restore order: send the soldiers back to barracks and leave government to the Duma # option: order-first # advocates: Rodzianko, Milyukov]
    ~ change("army", 8, "Officers keep command of the garrison")
    ~ change("soviets", -10, "Workers are told to go home")
    ~ change("party", -5, "Bolsheviks cut off from the crowds")
    ~ change("world", 3, "The Allies welcome an orderly change")
    The soldiers go back to barracks sullenly, to the same officers who ordered them to fire on Sunday. Most of the officers keep their posts; a few vanish in the night. # speculative: yes
    The soviet still meets, but the crowds that made it have been sent home, and it is smaller and quieter than it might have been. # speculative: yes
-
~ lose(300, "Killed in the February days in Petrograd")
On 2 March (15 March) the Duma committee names a Provisional Government under Prince Georgy Lvov. The same day, in his train at Pskov, Nicholas II abdicates for himself and his son in favour of his brother Mikhail, who refuses the crown next morning. Three centuries of Romanov rule end in a railway carriage. # map: petrograd=provisional, moscow=provisional, north=provisional, volga=provisional, urals=provisional, don-kuban=provisional, north-caucasus=provisional, georgia=provisional, armenia=provisional, azerbaijan=provisional, crimea=provisional, ukraine=provisional, belarus=provisional, estonia=provisional, latvia=provisional, finland=provisional, karelia=provisional, bessarabia=provisional, central-asia=provisional, west-siberia=provisional, east-siberia=provisional, far-east=provisional # marker: petrograd: The garrison joins the crowds; the Tsar abdicates
# history: The February Revolution, 23 February – 3 March (8–16 March) 1917
No party planned February. A bread march on Women's Day became a general strike, and on 27 February the Petrograd garrison mutinied. Nicholas II abdicated on 2 March. The soviet's Menshevik and SR leaders let the Duma committee form a Provisional Government under Prince Lvov, and the soviet's Order No. 1 put the garrison under elected committees. Dual power had begun. The game counts 300 dead. # short: yes
No party planned February; the local Bolshevik organiser Vasily Kayurov had even urged the women not to strike. Their march of 23 February became a general strike within three days, and on 27 February the Petrograd garrison mutinied, the Volynsky, Preobrazhensky and Lithuanian regiments first. Nicholas II abdicated on 2 March, and his brother Mikhail declined the throne the next day. The soviet's Menshevik and SR leaders, such as its chairman Nikolai Chkheidze, let the Duma committee form the government. Prince Lvov became prime minister, with the liberal Kadet leader Pavel Milyukov at foreign affairs, and one socialist, Alexander Kerensky, at justice. The Bolshevik bureau opposed this and was outvoted. The soviet's Order No. 1 put the garrison under elected committees. Dual power had begun.
The All-Russian Union of Towns registered 1,443 killed and wounded in Petrograd. Fewer than two hundred deaths were recorded; counting lynched police and officers and the unregistered, the toll was higher, and the game counts 300.
-> provisional_government

= provisional_government
# fork: provisional-government
# year: 1917
# date: April 1917
Near midnight on 3 April (16 April) 1917, a train pulls into the Finland Station in Petrograd. Lenin has crossed Germany with some thirty other exiles, in a carriage the German government was glad to let through in the hope that he would take Russia out of the war. Chkheidze, the soviet's Menshevik chairman, welcomes him with a few words on the unity of all democrats. Lenin turns his back on the delegation, hails the crowd and the coming worldwide socialist revolution, and climbs onto an armoured car to speak again in the searchlights.
Five weeks of dual power have brought freedoms no Russian had known: speech, assembly, an amnesty, an end to religious and national restrictions. They have not brought what February was fought for. The war goes on, and the foreign minister Milyukov still counts on the Constantinople (today Istanbul) the Allies promised the Tsar. The land must wait for a Constituent Assembly, and no date has been set to elect it. The demands of February fit in three words, Bread, Peace, Land. Who will deliver them?
Irakli Tsereteli, the Georgian Menshevik back from Siberian exile and now the soviet's leading voice, speaks for most socialists in Russia and Europe. Russia is a peasant country decades away from socialism, he argues; this revolution belongs to the bourgeoisie, and socialists who grab power alone will be isolated and crushed, as the Paris Commune was. Support the government critically and, when the crisis demands it, enter it, and use the ministries to press for a peace without annexations, defend the new liberties and hold the generals in check. Fyodor Dan agrees, and so does Viktor Chernov, leader of the peasants' party, the SRs. Even Pravda, since Lev Kamenev and Joseph Stalin came back from Siberia in mid-March, has backed the government conditionally. Kamenev and Stalin want no cabinet seats, but they would not bring the cabinet down either.
Lenin's theses, read out on 4 April, reject all of it. This is a government of landlords and capitalists, tied to the Allies by loans and treaties, he says. It cannot make peace, so it cannot give bread or land either, and a bourgeoisie this weak will not stay democratic for long: cornered, it will reach for a general. No support for the Provisional Government. All Power to the Soviets, a state like the Paris Commune, with no police or standing army set apart from the armed people. Confiscate the landed estates for the peasants' soviets. And while the party is a small minority, explain patiently until the soviets agree. At first, among the party's leaders, only Alexandra Kollontai stands with him.
Between them stand the Menshevik-Internationalists: Nikolai Sukhanov in Petrograd, and Julius Martov, still stuck in Switzerland. Socialists who join a war cabinet become its hostages, they warn, but a minority that overthrows it will bring civil war. Keep the soviets independent, campaign for peace, and press for early elections to the Constituent Assembly, the one body every party has promised to respect. Let it settle the land and the power.
On 3 (16) April 1917 Lenin arrives at the Finland Station in Petrograd, back from exile in Switzerland. The German government let his train cross Germany, hoping he would take Russia out of the war. # short: yes
Five weeks of dual power have brought freedoms Russians never had: speech, assembly, an amnesty. They have not brought what February was fought for. The war goes on, and the land must wait for a Constituent Assembly that nobody has yet set a date to elect. The crowds want Bread, Peace, Land. Who will deliver them? # short: yes
Irakli Tsereteli, the soviet's leading Menshevik, says Russia is a peasant country decades away from socialism, and socialists who take power alone will be crushed. Support the government critically, join it when you must, and press it for peace. Fyodor Dan and the SR leader Viktor Chernov agree. Even Lev Kamenev and Joseph Stalin, editing Pravda, have backed the government conditionally. # short: yes
Lenin's April Theses reject all of it. This is a government of landlords and capitalists, he says, and it cannot make peace. No support for it: all power to the soviets, and the estates to the peasants. At first, among the party's leaders, only Alexandra Kollontai stands with him. # short: yes
Between them, Julius Martov and Nikolai Sukhanov, the Menshevik-Internationalists, say: do not join a war cabinet, and do not overthrow it either. Keep the soviets independent and press for early elections to the Constituent Assembly. # short: yes
* [Give the Provisional Government critical support and enter the coalition # option: critical-support # advocates: Tsereteli, Dan, Chernov, Kamenev (in March), Stalin (in March)]
    ~ pg_support = true
    ~ change("soviets", -8, "Soviet leaders become ministers; the soviet defers to the cabinet")
    ~ change("party", -8, "Lenin's followers denounce the coalition; the party splits at the top")
    ~ change("land", -5, "Land reform put off until the Constituent Assembly")
    ~ change("army", 5, "Socialist ministers rally the troops for a new offensive")
    ~ change("world", 5, "The Allies welcome a loyal Russia")
    Your party votes to support the government and, when Milyukov's war aims bring armed crowds into the streets in late April, to take a seat in the coalition. # speculative: yes
    Lenin calls it betrayal. He keeps a faction, a newspaper and a following in the factories, and the party now speaks with two voices. # speculative: yes
    In the cabinet your minister learns what a seat is worth: the war is run by the generals and the Allies' loans, the land question by lawyers, and the peace by nobody at all. # speculative: yes
* [No support for the Provisional Government: All Power to the Soviets # option: all-power-to-soviets # advocates: Lenin, Kollontai # historical: yes]
    ~ change("party", 6, "The April Conference unites the party behind Lenin's theses")
    ~ change("soviets", 6, "The case for soviet power argued in every factory and barracks")
    ~ change("land", 4, "Peasants urged to take the estates through their own soviets")
    ~ change("army", -3, "Fraternisation spreads at the front")
    ~ change("world", -3, "Allied governments brand you the Kaiser's friends")
    The party argues it out in the open, district by district. Within three weeks Lenin has turned a lonely minority into a majority, and All Power to the Soviets goes up on banners in the Vyborg side and at the Kronstadt naval base.
    The newspapers call him a German agent who came home in a German train. The soldiers read his speeches anyway.
* [Neither join nor overthrow it: wait for the Constituent Assembly # option: await-assembly # advocates: Martov, Sukhanov]
    ~ assembly_first = true
    ~ change("soviets", 3, "The soviets stay independent of the cabinet")
    ~ change("party", -4, "Impatient members drift to the anarchists and to Lenin")
    ~ change("land", -4, "Peasants told to wait for the Assembly")
    ~ change("world", 2, "Socialists abroad praise your restraint")
    Your party stays out of the cabinet and off the barricades, and puts its weight behind one demand: elect the Constituent Assembly now. # speculative: yes
    The government agrees in principle and delays in practice. The war goes on, and the peasants, tired of waiting, begin to take the land without asking anyone. # speculative: yes
-
# history: The April Theses, April–May 1917
Lenin read out his April Theses on 4 (17) April. Most Bolshevik leaders were against him at first, but the party's April Conference adopted his line: no support for the Provisional Government, power to the soviets. The other socialist parties chose the coalition, and in May six socialist ministers joined the cabinet. Historians still argue whether the coalition's war doomed it, or the Bolsheviks' refusal of any compromise deepened the split. # short: yes
Lenin read out his April Theses on 4 (17) April, and Pravda printed them on 7 April. Most Bolshevik leaders were against him at first; in Pravda Kamenev called the scheme unacceptable. But the radical workers in the party's ranks swung behind him, and its April Conference (24–29 April) adopted his line: no support for the Provisional Government, power to the soviets, confiscation of the landed estates. The Bolsheviks took no seats, and stayed a minority in the Petrograd and Moscow soviets until the end of August.
The other socialist parties chose the coalition. Milyukov's note of 18 April (1 May), promising the Allies that Russia would fight on to decisive victory, brought armed crowds into the streets; Milyukov and the war minister Guchkov resigned. On 5 (18) May a coalition took office with six socialist ministers, among them Kerensky at the war ministry, Tsereteli at posts and telegraphs and Chernov at agriculture. Elections to the Constituent Assembly were set for 17 September, then put back to 12 November.
The essay this game draws on, Carl Davidson's Looking Back on October, argues that Lenin saw what the orthodox socialists did not: a weak bourgeoisie bound to the war could deliver neither bread, peace nor land, and would turn to a general. Many historians agree that the coalition's commitment to the war doomed it; others argue that the Bolsheviks' refusal of any compromise deepened the split that ended in civil war.
-> july_days

= july_days
# fork: july-days
# year: 1917
# date: 3–4 July (16–17 July) 1917
In June the first All-Russian Congress of Soviets meets. When Tsereteli tells it that no party in Russia is ready to take power alone, Lenin calls out from his seat that there is such a party. The delegates laugh; the Bolsheviks are a small minority among them.
~ lose(7000, "Killed in the June offensive")
~ change("army", -5, "The June offensive collapses")
{ pg_support:
    ~ change("party", -3, "Your minister shares the blame for the June offensive")
}
On 18 June Kerensky, now minister of war, sends the army forward in Galicia. For a few days it advances; then whole regiments refuse to attack, and a German counter-attack is about to throw it back in rout. On 2 July the Kadet ministers quit the cabinet in protest at concessions to Ukrainian autonomy.
On 3 July the First Machine-Gun Regiment, ordered to send most of its men to the front, comes out into the streets armed, urged on by anarchists. The factories follow, and the next day sailors arrive from Kronstadt. Up to half a million people march on the Tauride Palace to demand that the soviet take power. When the SR minister Chernov comes out to calm them, he is seized, and by one witness's account a worker shakes a fist in his face and shouts: "Take power, you son of a bitch, when they give it to you!" Trotsky talks the crowd into letting Chernov go. The soviet's leaders refuse the power and send for troops.
{ pg_support:
    This time the crowd is marching against you too. Your party's minister sits in the cabinet that ordered the offensive, and the banners call for an end to the capitalist ministers and to those who keep them company. Lenin's faction marches with the crowd. # speculative: yes
}
{ assembly_first:
    Your party has kept out of the cabinet and waited for the Constituent Assembly, whose elections are now set for September. To soldiers about to be shipped to the front, September is a lifetime away. # speculative: yes
}
The anarchist Iosif Bleikhman and the machine-gunners want to finish it today. The regiments are in the streets, the cabinet is half empty, Kronstadt has come with rifles. Wait, and the government will ship the radical regiments to the front and disarm the city.
Lenin, back that morning from a few days' rest in Finland, argues with Zinoviev and Trotsky for giving the march a peaceful, organised shape and then pulling back. Petrograd is months ahead of the provinces and the front; power taken in the capital alone could not be held. Win the soviets first.
{ pg_support:
    Tsereteli and Dan, with Kerensky, ask your party to stand by the coalition it joined. A democracy cannot be dictated to by armed crowds, they argue. The soviets' elected majority has spoken, and if order means calling loyal troops from the front, so be it.
- else:
    The Bolshevik Central Committee's first instinct, on the afternoon of 3 July, is to stay off the streets and disown the march: give the government no pretext, and let no one blame the party for whatever armed crowds might do.
}
In June Kerensky, now minister of war, sends the army forward in Galicia. For a few days it advances; then whole regiments refuse to attack, and a German counter-attack is coming. # short: yes
On 3 July the First Machine-Gun Regiment, ordered to the front, comes out into the streets armed. The factories follow, and sailors arrive from the Kronstadt naval base. Up to half a million people march on the Tauride Palace to demand that the soviet take power. The soviet's leaders refuse it and send for troops. # short: yes
{ pg_support:
    This time the crowd marches against you too: your party's minister sits in the cabinet that ordered the offensive. # speculative: yes # short: yes
}
{ assembly_first:
    Your party has waited for the Constituent Assembly, whose elections are now set for September. To soldiers bound for the front, September is a lifetime away. # speculative: yes # short: yes
}
The anarchist Iosif Bleikhman and the machine-gunners say: take power today, while the regiments are in the streets. # short: yes
Lenin, with Zinoviev and Trotsky, says: give the march a peaceful, organised shape, then pull back. Petrograd is months ahead of the provinces and the front, and power taken in the capital alone could not be held. # short: yes
{ pg_support:
    Tsereteli and Dan, with Kerensky, ask your party to stand by the coalition it joined: a democracy cannot be dictated to by armed crowds. # short: yes
- else:
    The Bolshevik Central Committee's first instinct is to stay off the streets and disown the march, so that no one can blame the party for what armed crowds might do. # short: yes
}
{ july_rising_crushed():
    The party and the soviets are too weak to hold a rising. Take power now, and the revolution will be crushed in the streets before it can begin. # watch: yes
}
* [Take power now, with the regiments and the sailors # option: rise-now # advocates: Bleikhman, the First Machine-Gun Regiment, Kronstadt sailors]
    ~ july_rising = true
    ~ lose(100, "Shot in the July Days in Petrograd")
    { pg_support:
        ~ quit_coalition = true
    }
    Your party calls on the regiments to take the Peter and Paul Fortress, the railway stations and the telephone exchange, and to arrest the ministers. # speculative: yes
    For one night it looks possible. Then the soviet's leaders summon troops from the front, the Justice Ministry tells the garrison that your leaders are paid by Germany, and regiments that were neutral at noon are against you by dawn. # speculative: yes
    // The rising is crushed outright unless the party and the soviets are both strong
    // (deterministic: party + soviets of at least 95 at this point).
    { july_rising_crushed():
        -> crushed_july
    }
    ~ change("party", -12, "The July rising fails; leaders shot or jailed")
    ~ change("army", -8, "Rebel regiments disarmed and sent to the front")
    ~ change("soviets", 4, "The factories that rose with you turn to you")
    ~ change("world", -3, "Socialists abroad disown the rising")
    ~ lose(2000, "Killed when the July rising was put down")
    The rising fails, but it is not a massacre. Enough factories and barracks stood with you that the government cannot shoot them all; it disarms, arrests and bans instead. Your party goes underground with its best organisers dead or in the Kresty prison, and the workers who followed you will think twice before they do it again. # speculative: yes
* [Give the march a peaceful shape, then retreat and organise # option: retreat-and-organise # advocates: Lenin, Zinoviev, Trotsky # historical: yes]
    ~ lose(100, "Shot in the July Days in Petrograd")
    ~ change("party", -5, "Pravda's press smashed; leaders jailed or in hiding")
    ~ change("soviets", -3, "The soviet majority backs the crackdown")
    { pg_support:
        ~ quit_coalition = true
        ~ change("party", -3, "Your minister resigns too late to be trusted")
        When the shooting starts, your minister resigns from the cabinet in protest and your party walks out of the coalition it joined in May. The workers notice that it took bodies on the Nevsky Prospekt to make you leave. # speculative: yes
    - else:
        The Central Committee calls for a peaceful, organised demonstration and then, when shots are fired on the Nevsky Prospekt, sends the crowds home.
    }
    The retreat is bitter. On the evening of 4 July the Justice Ministry leaks papers claiming that Lenin is a German agent, and the wavering regiments swing against the Bolsheviks. Pravda's press is smashed, the party's headquarters is taken, and warrants go out for Lenin, Zinoviev and Kamenev. Lenin shaves off his beard and hides, first in a hut in the marshes at Razliv, then in Finland. Kamenev goes to prison, and Trotsky soon follows.
* {not pg_support} [Keep off the streets and disown the march # option: keep-off-streets # advocates: Bolshevik Central Committee (3 July)]
    ~ july_stayed_off = true
    ~ lose(100, "Shot in the July Days in Petrograd")
    ~ change("soviets", -6, "The march goes leaderless into gunfire")
    ~ change("party", -1, "No leader of yours marched, so fewer are jailed; the militants grumble")
    Your party stays indoors and says so in print. The march goes ahead without it, led by anarchists and hotheads, and with no marshals to hold it together it breaks apart under fire on the Nevsky. # speculative: yes
    Staying out does not save you. The government needs someone to blame, and the papers calling Lenin a German agent are already printed. Your offices are raided all the same, and in the factories the militants ask what a party is for if it will not even march. # speculative: yes
* {pg_support} [Stand by the coalition and call in loyal troops # option: restore-order # advocates: Tsereteli, Dan, Kerensky]
    ~ lose(100, "Shot in the July Days in Petrograd")
    ~ change("party", -12, "Your minister sends troops against your own supporters")
    ~ change("soviets", -10, "Soviet militants disarmed and arrested")
    ~ change("army", 5, "Front-line troops restore order in the capital")
    Your party votes with the coalition. Troops from the front arrive on 5 July and clear the streets; the machine-gunners are disarmed and the Kronstadt sailors sent home. # speculative: yes
    Lenin's faction, denounced as German agents by the government your minister sits in, breaks away for good and takes most of the factory cells with it. You have kept your seat in the cabinet. You have lost the Vyborg side. # speculative: yes
-
-> july_card ->
-> red_guards_fork

= july_card
# history: The July Days, 3–5 (16–18) July 1917
The July march began without the Bolshevik leaders, who first tried to stop it, then called a retreat. The government called Lenin a German agent; German money probably did reach the party, but he took no orders from Berlin. Lenin went into hiding and Kamenev and Trotsky were jailed. Kerensky became prime minister and General Kornilov commander-in-chief. The June offensive cost at least 7,000 Russian dead, the number the game counts. # short: yes
The demonstration began without the Bolshevik leaders: the First Machine-Gun Regiment and the anarchists brought it out on 3 July, with militants of the Bolsheviks' own Military Organisation, and the Kronstadt sailors joined on the 4th. Estimates of the crowd run up to half a million. The Central Committee first tried to stop it, then to give it a peaceful shape, and when troops loyal to the government and the soviet majority arrived, it called a retreat: Lenin judged a rising premature. Firing on 4 July left several hundred killed and wounded; estimates of the dead run from a few dozen to over a hundred, and the game counts 100.
Germany had let Lenin's train through, and German money probably reached the party through intermediaries, though historians disagree about how much; the charge that Lenin took orders from Berlin was false. Kamenev and later Trotsky were jailed, and Lenin hid, from August in Finland. On 8 (21) July Kerensky succeeded Prince Lvov as prime minister; the government restored the death penalty at the front, and on 18 July General Lavr Kornilov became commander-in-chief.
The June offensive, opened on 18 June (1 July), collapsed under the German counter-attack from 6 July. Estimates of the Russian dead run from about 7,000 to 40,000; the game counts 7,000.
->->

= crushed_july
~ change("party", -15, "The rising is crushed; the party is outlawed")
~ change("soviets", -15, "Soviets disbanded or purged")
~ change("army", -10, "Rebel regiments broken up")
~ lose(5000, "Killed when the July rising was crushed")
Your rising has too few friends. The soviets' majority stands with the government, the factories that marched in the morning go home by night, and the regiments from the front find the rebels isolated in the Vyborg side and the Peter and Paul Fortress. # speculative: yes
They take the fortress with artillery and the Vyborg side street by street. # speculative: yes # marker: petrograd: The July rising is crushed
-> july_card ->
# ending: crushed
This epilogue is speculation: what might have followed if the July rising had been tried and crushed. # speculative: yes
In a week of shooting and field courts-martial, several thousand people die in Petrograd: machine-gunners, sailors, Red Guards, and people who simply lived on the wrong street. Thousands more go to prison. The Bolshevik party is outlawed. Lenin escapes through Finland into exile again, and the leaders who cannot run are tried for treason, with German money as the evidence. # speculative: yes
With the radical left broken, the moderate socialists have no one to their left to fear and nothing left to lean on. The Kadets and the officers demand that the soviets be dissolved and the committees in the army abolished, and by autumn Russia is ruled by a general in all but name. # speculative: yes # map: petrograd=white, moscow=white
The war goes on until Germany collapses in November 1918, and the army is held together by the firing squad. Perhaps a hundred thousand more Russians die at the front. In the villages, where the peasants had begun to take the land, punitive detachments flog and hang. # speculative: yes
~ lose(100000, "Another year of war after the rising is crushed")
Revolution might return years later, in some other form. But the October Revolution, the first workers' state to last more than a few months, never happens. Its seventy-four years, its achievements and its crimes, belong to a history that never was. # speculative: yes
-> END

= red_guards_fork
# fork: red-guards
# year: 1917
# date: August–September 1917
High summer, and the mood of the propertied classes has turned hard. At an industrialists' congress in early August the Moscow millionaire Pavel Ryabushinsky says that it may take "the bony hand of hunger" to bring the people's false friends, the soviets and committees, to their senses. Factories close; owners lock their workers out.
~ change("industry", -5, "Owners lock out their workers")
At the State Conference in Moscow in mid-August, officers carry General Kornilov shoulder-high from the station, and bankers and Kadets hail him as the man to restore order.
On 21 August (3 September) the German army takes Riga. # map: latvia=central # marker: latvia: Riga falls to the German army
Kerensky wants Kornilov's help to bring reliable troops near the capital and put the soviets in their place. Kornilov wants more: Petrograd under martial law, the soviets broken, and perhaps Kerensky gone. Messages pass between them through go-betweens, and no one is quite sure who has agreed to what. On 25 August the Third Cavalry Corps under General Krymov, with the Caucasian "Savage Division" in its van, starts for Petrograd. On the 27th (9 September) Kerensky turns on his commander-in-chief and dismisses him. Kornilov refuses to go, and calls on the nation to rise against a government that he says dances to the tune of the soviets and the German general staff.
{ july_rising:
    Your party meets the crisis still bleeding from July. Its papers are banned, hundreds of its members are in prison, and the workers of the Vyborg side, who remember what the rising cost, are slow to answer its call. # speculative: yes
}
{ pg_support and not quit_coalition:
    Your party still sits in the cabinet of the man who summoned Kornilov's cavalry, and the general has friends among your partners the Kadets. # speculative: yes
}
{ pg_support and quit_coalition:
    Your party left the coalition only after July, and the factories have not forgotten how long it stayed. # speculative: yes
}
The soviet's leaders form a Committee for the Struggle against Counter-Revolution and ask every party to help. What does yours do?
Lenin, writing from hiding in Finland, and Trotsky, from a cell in the Kresty prison, say: fight the general, but do not support the government. Arm the factory Red Guards, send agitators down the railway to meet the troops, and show the whole country that Kerensky is the man who let the general in. When it is over, the rifles will still be in the workers' hands.
Tsereteli, Dan and Chernov ask for unity behind the government. The republic is in danger and this is no time to settle scores with Kerensky: put the soviet's forces under the government's command, and trust that a beaten Kornilov will leave the democratic parties stronger.
{ pg_support:
    And Milyukov, whose Kadet ministers quit the cabinet as the crisis breaks, urges a compromise: meet the general's demands for order, enforce the death penalty, curb the committees and keep Kornilov at his post. Russia, he argues, cannot survive another spring of anarchy.
}
High summer 1917, and the propertied classes have turned hard: owners lock out their workers, and in Moscow officers carry General Lavr Kornilov shoulder-high as the man to restore order. On 21 August (3 September) the Germans take Riga. # short: yes
Kerensky, now prime minister, wants Kornilov's help to bring reliable troops near the capital. Kornilov wants more: the soviets broken, and perhaps Kerensky gone. On 25 August his cavalry starts for Petrograd. On the 27th Kerensky dismisses him, and Kornilov calls on the nation to rise. # short: yes
{ july_rising:
    Your party meets the crisis still bleeding from July: its papers banned, hundreds of its members in prison. # speculative: yes # short: yes
}
{ pg_support and not quit_coalition:
    Your party still sits in the cabinet of the man who summoned Kornilov's cavalry. # speculative: yes # short: yes
}
{ pg_support and quit_coalition:
    Your party left the coalition only after July, and the factories remember how long it stayed. # speculative: yes # short: yes
}
The soviet's leaders ask every party to help defend the city. What does yours do? # short: yes
Lenin, in hiding in Finland, and Trotsky, in prison, say: fight the general, but give the government no support. Arm the factory Red Guards and send agitators down the railway to meet the troops. When it is over, the rifles will still be in the workers' hands. # short: yes
Tsereteli, Dan and Chernov ask for unity behind the government: the republic is in danger, so put the soviet's forces under its command. # short: yes
{ pg_support:
    And Milyukov, leader of the liberal Kadets, urges a compromise with the general: order at the front, the death penalty, and Kornilov kept at his post. # short: yes
}
{ pg_support:
    { kornilov_wins(soften(soviets, 3)):
        Your party sat in Kerensky's cabinet, and the soviets are too weak to defend the city on their own. Rally behind Kerensky or meet the general halfway, and Kornilov will take Petrograd; only armed workers can stop him. # watch: yes
    - else:
        Meet the general halfway, and Kornilov will take Petrograd and put an end to the soviets. # watch: yes
    }
}
* [Arm the factory Red Guards: fight Kornilov without supporting Kerensky # option: arm-red-guards # advocates: Lenin, Trotsky, Bolshevik Military Organisation # historical: yes]
    ~ red_guards = true
    ~ change("soviets", 10, "Workers arm to defend Petrograd")
    ~ change("army", 8, "Tens of thousands of workers drilled as Red Guards")
    { july_rising:
        ~ change("party", 3, "Party militants freed to fight Kornilov")
    - else:
        ~ change("party", 8, "Bolsheviks freed from prison to lead the defence")
    }
    Rifles come out of the arsenals and into the factories; on the Vyborg side and at the Putilov works, workers drill in the yards after their shifts. Railwaymen tear up track and send Krymov's trains down the wrong lines. Agitators walk out to meet the troops, and a delegation of Muslim socialists talks to the horsemen of the Savage Division in their own languages. By 30 August the cavalry corps has stopped moving, and on the 31st Krymov shoots himself.
    { pg_support and not quit_coalition:
        ~ quit_coalition = true
        Your minister resigns from Kerensky's cabinet on the day the rifles are handed out. It is late, but not too late. # speculative: yes
    }
* [Rally behind Kerensky's government to defend the republic # option: defend-kerensky # advocates: Tsereteli, Dan, Chernov]
    ~ change("party", -5, "The party props up Kerensky")
    ~ change("soviets", 3, "The soviet's committee organises the defence")
    ~ change("world", 5, "The Allies see Russia's democrats stand together against a coup")
    // Critical support in April plus weak soviets and no Red Guards: Kornilov wins.
    { kornilov_wins(soviets):
        -> generals
    }
    The defence is run from the top: the soviet's committee, the government's commissars, the railwaymen's union. Railwaymen derail and divert the trains, agitators talk the cavalry out of the fight, and on the 31st Krymov shoots himself. # speculative: yes
    Kerensky takes the credit and your party gets none. The factories that armed themselves on their own ask why you stood behind the man who invited the general in the first place. # speculative: yes
* {pg_support} [Meet the general halfway: order first, and the soviets curbed # option: accept-order # advocates: Milyukov, the Kadets]
    ~ change("soviets", -10, "Your party agrees to curb the soviets")
    ~ change("party", -10, "Your own members refuse to follow")
    ~ change("army", 8, "The officers take back command: discipline returns at the front")
    ~ change("world", 5, "The Allies welcome a Russia that will fight on")
    Your party votes for Milyukov's compromise. Kerensky, deserted by his partners, hesitates for a day too long, and the cavalry come on, no longer resisted but half invited. # speculative: yes
    -> generals
-
~ soviet_majority = red_guards || soviets >= 50
{ soviet_majority:
    ~ change("party", 5, "Majorities in the Petrograd and Moscow soviets")
    ~ change("soviets", 5, "Re-elected soviets turn left")
    Kornilov's defeat changes the city overnight. On 31 August (13 September) the Petrograd Soviet passes a Bolshevik resolution for the first time, calling for a government of workers and peasants; the Moscow Soviet follows on 5 September. Trotsky, out of prison on bail, is elected chairman of the Petrograd Soviet on 25 September (8 October). Twelve years earlier he had chaired its forerunner, the soviet of 1905.
- else:
    ~ change("soviets", 3, "Re-elected soviets turn left")
    Kornilov's defeat turns the soviets left, but not towards you. The new majorities go to the Left SRs, the Menshevik-Internationalists and the anarchists, who remember which side you stood on. # speculative: yes
}
-> kornilov_card ->
-> october

= kornilov_card
# history: Kornilov and the Red Guards, August–September 1917
Kornilov's march on Petrograd began on 25 August and fell apart within a week. Workers were armed, railwaymen blocked the lines, and agitators won over his troops almost without a shot. The Bolsheviks helped defend the city while refusing Kerensky any support. The Red Guards came out armed and respected, and in September the Bolsheviks won majorities in the Petrograd and Moscow soviets. # short: yes
General Kornilov's march on Petrograd began on 25 August and fell apart within a week. Kerensky dismissed him on 27 August and turned to the soviets for help. The Bolsheviks joined the soviet's defence committee while refusing Kerensky any political support, a line Lenin set out from hiding on 30 August. Workers were armed, railwaymen blocked the lines and agitators won over Krymov's troops, almost without a shot fired. Krymov shot himself on 31 August; Kornilov was arrested at headquarters on 1 September and held at Bykhov, from where he escaped to the Don in November.
The Red Guards came out of the crisis armed and respected; by October the Petrograd Red Guard counted some 20,000 workers. Bolsheviks jailed after July were released, Trotsky on 4 September. On 31 August the Petrograd Soviet adopted a Bolshevik resolution for the first time; the Moscow Soviet followed on 5 September, and on 25 September (8 October) Trotsky became chairman of the Petrograd Soviet. Kerensky proclaimed Russia a republic on 1 September.
The essay reads the Kornilov affair as the moment the propertied classes showed their hand, reaching for a general as Lenin had predicted in April. Historians still argue how far Kerensky himself invited the move he then denounced.
->->

= generals
~ change("soviets", -15, "Kornilov's troops disperse the soviets")
~ change("party", -12, "Party leaders arrested or shot")
~ change("army", 5, "The officers take back command")
Without armed workers of its own, the soviet's committee has speeches and telegrams but no rifles. The railwaymen slow Krymov's trains, but the cavalry ride on, and the garrison regiments, each told that the other side are traitors, stay in their barracks. # speculative: yes
On 30 August the Savage Division rides into Petrograd. Kerensky flees. Kornilov proclaims martial law and a Council of National Defence with himself at its head. # speculative: yes # map: petrograd=white # marker: petrograd: Kornilov's cavalry take Petrograd
-> kornilov_card ->
# ending: generals-russia
This epilogue is speculation: what might have followed if Kornilov had won. # speculative: yes
The soviets are dissolved and the factory committees banned. Field courts-martial sit in the Vyborg side and at Kronstadt, and the men and women who made February are shot in batches against factory walls. In the villages, Cossack punishment squads flog and hang the peasants who took the landlords' fields. In a single winter, tens of thousands may die in a white terror like the one that swept Finland in 1918. # speculative: yes # map: moscow=white, north=white, volga=white, urals=white, don-kuban=white, west-siberia=white, east-siberia=white, far-east=white, central-asia=white, belarus=white, estonia=white, crimea=white, north-caucasus=white, georgia=white, armenia=white, azerbaijan=white, bessarabia=white, finland=independent, karelia=independent, ukraine=independent
~ lose(30000, "Shot or hanged in the generals' terror")
The Constituent Assembly is postponed, then forgotten. Russia stays in the war, because the Allies' money and the officers' honour demand it, and an army held together by the death penalty bleeds on until Germany collapses in November 1918. Finland and Ukraine slip away. The peasant war smoulders for years. # speculative: yes
~ lose(100000, "Another year of war under the generals")
This is the path the essay warns of: a bourgeoisie too weak to rule democratically, and socialists who trusted it, ending under a general. Whether the generals' Russia would have hardened into something like the dictatorships that spread across Europe in the 1920s and 1930s, no one can say. But its makers never hid what they wanted: order first, the soviets gone, and the war fought to the end. # speculative: yes
-> END

= october
# fork: october
# year: 1917
{ july_stayed_off:
    ~ change("army", -5, "The Vyborg militants who marched alone in July hang back")
}
# date: October 1917
Autumn 1917. The front is dissolving, as soldiers desert in their hundreds of thousands to go home and share out the land. In the villages the peasants have stopped waiting: manor houses burn across the central provinces, and the troops sent to stop them will not shoot. The Germans have taken the islands at the mouth of the Gulf of Riga, and rumour says the government will abandon Petrograd to them.
{ pg_support:
    ~ change("party", -3, "Many still remember your seat in Kerensky's cabinet")
    Your party came late to opposition, and it carries the memory of its months in the cabinet into every factory meeting. # speculative: yes
}
{ july_rising:
    Many of the organisers who should be planning this autumn died or went to prison in July. # speculative: yes
}
{ assembly_first:
    The Constituent Assembly your party has waited for since April is at last to be elected, from 12 November. Half the party says: wait a few weeks more. The other half says the peasants and the soldiers will not. # speculative: yes
}
{ soviet_majority:
    The soviets of both capitals now follow the Bolsheviks, and the Second All-Russian Congress of Soviets is due to open in the last week of October.
- else:
    The soviets have swung left, though not all the way to you, and the Second All-Russian Congress of Soviets is due to open in the last week of October. # speculative: yes
}
On the night of 10 (23) October, Lenin, back in Petrograd in a wig and without his beard, meets the Central Committee in the flat of the Menshevik Nikolai Sukhanov, whose wife, a Bolshevik, has made sure he will be out. Twelve members come. The argument lasts through the night.
Lenin insists that the moment must not be lost. The peasant war needs a government that will give the land; Kerensky may surrender Petrograd or find a better Kornilov; mutinies in the German fleet show Europe stirring. To wait for a vote at the Congress, or for the Constituent Assembly, is to give the enemy time to strike first. Trotsky wants the blow struck in the soviet's name: the Petrograd Soviet's new Military Revolutionary Committee, set up to defend the capital, can take the city on the eve of the Congress and hand it power as an accomplished fact.
Lev Kamenev and Grigory Zinoviev argue the opposite, and are ready to say so in public. The party is growing every week; at the Congress and in the Constituent Assembly it will be a great force, perhaps a third of the seats, with the Left SRs beside it. To rise now is to stake everything on a single card. The masses are not eager to fight, the workers of Europe are not yet with us, and a government seized by one party will face civil war alone.
Autumn 1917. Soldiers desert the front by the hundred thousand to go home and share out the land, and manor houses burn across the central provinces. # short: yes
{ pg_support:
    Your party came late to opposition, and the factories remember its months in the cabinet. # speculative: yes # short: yes
}
{ july_rising:
    Many of the organisers who should be planning this autumn died or went to prison in July. # speculative: yes # short: yes
}
{ assembly_first:
    The Constituent Assembly your party has waited for is at last to be elected, from 12 November. Half the party says: wait a few weeks more. # speculative: yes # short: yes
}
{ soviet_majority:
    The soviets of both capitals now follow the Bolsheviks, and the Second Congress of Soviets opens in the last week of October. # short: yes
- else:
    The soviets have swung left, though not all the way to you, and the Second Congress of Soviets opens in the last week of October. # speculative: yes # short: yes
}
On the night of 10 (23) October the Central Committee meets in secret. Lenin insists that the moment must not be lost: wait for the Congress, and the enemy will strike first. Trotsky wants the blow struck in the soviet's name, by its Military Revolutionary Committee, on the eve of the Congress. # short: yes
Lev Kamenev and Grigory Zinoviev argue the opposite. The party grows every week and will be a great force in the Congress and in the Constituent Assembly. A government seized by one party will face civil war alone. # short: yes
* [Seize power on the eve of the Congress of Soviets # option: seize-power # advocates: Lenin, Trotsky # historical: yes]
    ~ lose(1000, "Killed in the October fighting in Petrograd and Moscow")
    ~ change("soviets", 8, "The Congress of Soviets takes power")
    ~ change("land", 10, "Decree on Land: the estates go to the peasants")
    ~ change("world", 4, "Decree on Peace: an appeal to all warring peoples")
    ~ change("bread", -4, "Officials strike; grain stops moving")
    ~ change("industry", -3, "Owners abandon their factories")
    { red_guards:
        ~ change("party", 6, "The insurrection succeeds almost without bloodshed")
        ~ change("army", 5, "Red Guards, sailors and garrison under the Military Revolutionary Committee")
    - else:
        ~ change("party", 2, "The insurrection succeeds, at a price")
        ~ change("army", -6, "Without Red Guards, wavering regiments fight it out")
        ~ lose(1500, "Killed in a longer fight for Petrograd")
    }
    At dawn on 24 October (6 November) government cadets shut down the Bolshevik papers. The Military Revolutionary Committee reopens them, and that night Red Guards, sailors and soldiers fan out across the city. By morning they hold the bridges, the stations, the telephone exchange and the State Bank, and at ten o'clock on 25 October (7 November) the Committee declares the Provisional Government deposed. Kerensky has already left by car to find loyal troops. # map: petrograd=soviet # marker: petrograd: The Winter Palace is taken
    { not red_guards:
        With no factory Red Guards of its own, the Committee has to lean on the Kronstadt sailors and on regiments that change their minds by the hour, and the fighting round the Winter Palace and the military schools lasts days rather than hours. # speculative: yes
    }
    That evening the Second Congress of Soviets opens at the Smolny Institute, and the Mensheviks and Right SRs walk out in protest at a seizure made behind the soviets' backs. After a blank shot from the cruiser Aurora and hours of sporadic firing, the Winter Palace falls around two in the morning and the ministers inside are arrested. The next night the Congress adopts the Decree on Peace and the Decree on Land.
    Moscow is harder: a week of fighting in the streets and around the Kremlin, until the city's Military Revolutionary Committee wins on 2 November. # map: moscow=soviet # marker: moscow: A week of street fighting
* [Wait for the Congress to vote, and for the Constituent Assembly # option: wait-for-congress # advocates: Kamenev, Zinoviev]
    ~ waited_for_congress = true
    ~ lose(2500, "Killed in the fight for the capitals after the Congress vote")
    ~ change("soviets", 12, "Power voted by the Congress of Soviets itself")
    ~ change("party", -8, "Lenin threatens to resign over the delay")
    ~ change("land", 10, "Decree on Land: the estates go to the peasants")
    ~ change("world", 4, "Decree on Peace: an appeal to all warring peoples")
    ~ change("army", -6, "Kerensky gains time to gather Cossacks and cadets")
    ~ change("bread", -4, "Officials strike; grain stops moving")
    The Military Revolutionary Committee keeps the garrison in barracks and waits. Lenin, in hiding a few streets away, writes furious letters and offers his resignation from the Central Committee. # speculative: yes
    On 25 October the Congress opens and, with the Bolsheviks and Left SRs voting together, declares that all power passes to the soviets. {soviet_majority: With no coup to denounce, most Mensheviks and Right SRs protest but stay in the hall.|Without a Bolshevik majority of its own, the vote depends on the Left SRs and the waverers, and it is closer than anyone expected.} # speculative: yes
    Kerensky refuses to recognise the vote. He has had days to prepare, and his cadets and Cossacks fight for the Winter Palace, the telephone exchange and the stations before the garrison and the sailors carry the day. Moscow fights too. # speculative: yes # map: petrograd=soviet, moscow=soviet # marker: petrograd: The Congress of Soviets takes power
    Still, the new power rests on a vote of the soviets rather than a night's work by one party, and even some of its enemies admit it. # speculative: yes
-
# history: The October Insurrection, 10–26 October (23 October – 8 November) 1917
On 10 October the Central Committee voted ten to two for an insurrection; Kamenev and Zinoviev voted against. On 24–25 October (6–7 November) the Military Revolutionary Committee took Petrograd with few deaths. The Second Congress of Soviets, where the Bolsheviks and Left SRs held a majority, adopted the Decrees on Peace and on Land. The game counts about 1,000 dead in the October fighting. # short: yes
On 10 October the Central Committee voted ten to two for an armed insurrection. Kamenev and Zinoviev voted against, and on 18 October Kamenev set out their case in Maxim Gorky's paper Novaya Zhizn. Lenin called them strike-breakers and demanded their expulsion, which the party refused. Trotsky steered the rising through the Petrograd Soviet's Military Revolutionary Committee, which had taken control of the garrison in the days before the Congress.
The insurrection of 24–25 October (6–7 November) took Petrograd with very few deaths. At the Second Congress of Soviets, which opened late on 25 October, the Bolsheviks were the largest group, about 300 of some 650 delegates, and with the Left SRs held a clear majority; the Mensheviks and Right SRs walked out. The Winter Palace fell in the early hours of 26 October. The next night the Congress adopted the Decree on Peace, a call for peace without annexations or indemnities, and the Decree on Land, which abolished private ownership of land and handed the landlords' estates to the peasants.
A cadets' revolt in Petrograd was put down on 29 October, and Kerensky's advance with General Krasnov's Cossacks was stopped at Pulkovo on 30 October. Deaths in the October fighting were never well counted: several hundred in Moscow alone, where 238 Red Guards and soldiers were buried by the Kremlin wall. The game counts about 1,000.
# fork: october
# date: 26–29 October (8–11 November) 1917
{ waited_for_congress:
    The Congress has voted power to the soviets; now it must name a government. The Mensheviks and Right SRs are still in the hall, arguing over the terms on which they might share it. # speculative: yes
- else:
    Power is won; now someone has to hold it. The Mensheviks and Right SRs have left the Congress. Before they went, Martov proposed talks on a government of all the socialist parties, and the whole hall, Bolsheviks included, voted for it.
}
The Left SRs, the radical wing of the peasants' party, back soviet power and the land decree, but will not sit in a government of one party. On 29 October (11 November) Vikzhel, the railwaymen's union, threatens to stop the trains unless all the socialist parties, from the Bolsheviks to the Popular Socialists, form a government together.
Lenin and Trotsky, with the party's organiser Yakov Sverdlov, answer that the moderates have chosen their side: they want the war continued, the land decree watered down, and Lenin and Trotsky left out. Govern as the soviet majority, they say: a Bolshevik government now, open to the Left SRs as soon as they will come in.
Kamenev, now chairman of the soviets' executive committee, with Alexei Rykov and Viktor Nogin, answers that a one-party government can hold on only by terror. Martov's Menshevik-Internationalists, outside the party, say the same. A coalition of all the socialists would have most of the country behind it, the railways and offices working, and a chance to avoid civil war.
{ waited_for_congress:
    The Congress has voted power to the soviets; now it must name a government. The Mensheviks and Right SRs are still in the hall. # speculative: yes # short: yes
- else:
    Power is won; now someone has to hold it. The Mensheviks and Right SRs have walked out of the Congress of Soviets. # short: yes
}
The Left SRs, the radical wing of the peasants' party, back soviet power and the land decree, but will not sit in a government of one party. Vikzhel, the railwaymen's union, threatens to stop the trains unless all the socialist parties govern together. # short: yes
Lenin and Trotsky, with the party's organiser Yakov Sverdlov, say the moderates have chosen their side. Govern as the soviet majority: the Bolsheviks now, and the Left SRs as soon as they will come in. # short: yes
Kamenev, with Alexei Rykov and Viktor Nogin, answers that a one-party government can hold on only by terror. Martov's Menshevik-Internationalists agree. A coalition of all the socialists would have most of the country behind it and a chance to avoid civil war. # short: yes
* [A government of the soviet majority: Bolsheviks now, the Left SRs when they will join # option: bolsheviks-and-left-srs # advocates: Lenin, Trotsky, Sverdlov # historical: yes]
    ~ left_srs_in_government = true
    ~ change("party", 4, "The party closes ranks after the walkouts")
    ~ change("soviets", -5, "Opposition papers closed; two parties govern the soviets")
    ~ change("land", 6, "The Left SRs bring the peasant soviets in")
    { waited_for_congress:
        The talks with the railwaymen fail, the moderates leave the hall after all, and the Left SRs, after weeks of bargaining over portfolios, come in. Soviet power spreads along the railways much as it did in history; the Don, Ukraine, Finland and the Caucasus go their own way. # speculative: yes # map: north=soviet, volga=soviet, urals=soviet, belarus=soviet, estonia=soviet, west-siberia=soviet, east-siberia=soviet, far-east=soviet, central-asia=soviet, crimea=soviet, don-kuban=white, north-caucasus=independent, ukraine=independent, finland=independent, karelia=independent, bessarabia=independent, georgia=independent, armenia=independent, azerbaijan=independent
    - else:
        The talks with the railwaymen drag on and fail. The Bolsheviks who wanted a coalition resign from the leadership in protest; most are back at work within weeks. The Left SRs bargain over portfolios and, in late November and December, come in.
        Soviet power spreads along the railways in what Lenin will call its triumphal march: within weeks the Volga towns, the Urals, Minsk and Reval (today Tallinn); by the new year Tashkent, Omsk, Irkutsk and the Pacific coast. On the Don, Ataman Kaledin refuses to recognise the new power, and the first White volunteers gather at Novocherkassk. In Kiev (today Kyiv) the Central Rada proclaims a Ukrainian People's Republic, Finland declares independence, and in Tiflis (today Tbilisi) a Transcaucasian government led by Georgian Mensheviks refuses to recognise Petrograd. # map: north=soviet, volga=soviet, urals=soviet, belarus=soviet, estonia=soviet, west-siberia=soviet, east-siberia=soviet, far-east=soviet, central-asia=soviet, crimea=soviet, don-kuban=white, north-caucasus=independent, ukraine=independent, finland=independent, karelia=independent, bessarabia=independent, georgia=independent, armenia=independent, azerbaijan=independent
    }
* [A broad socialist coalition, from the Bolsheviks to the Popular Socialists # option: broad-socialist-coalition # advocates: Vikzhel, Kamenev, Rykov, Nogin, Martov]
    ~ socialist_coalition = true
    ~ change("soviets", 10, "All the soviet parties share the government")
    ~ change("party", -10, "Lenin and Trotsky outvoted; the party divided")
    ~ change("land", 4, "The SRs' own land programme carried out")
    ~ change("army", -4, "Defencist ministers slow the peace and demobilisation")
    ~ change("world", 3, "Socialists abroad welcome a united government")
    The railwaymen get their coalition, at the price the moderates named: Lenin and Trotsky stay out of the cabinet, and Bolsheviks, Left and Right SRs, Mensheviks and Popular Socialists govern together under the soviets' executive. # speculative: yes
    Lenin calls it capitulation and takes his case to the factories and the Kronstadt sailors. The coalition can agree on the land decree and on an armistice. It cannot agree on what to do if Germany refuses a just peace: the defencists would fight on, the Bolsheviks would sign almost anything. That quarrel is coming. # speculative: yes
    Soviet power still spreads along the railways, and more quietly, since fewer towns fight over who rules when every socialist party is in the government. But the Don Cossacks and the officers want no socialists at all, and the borderlands go their own way. # speculative: yes # map: north=soviet, volga=soviet, urals=soviet, belarus=soviet, estonia=soviet, west-siberia=soviet, east-siberia=soviet, far-east=soviet, central-asia=soviet, crimea=soviet, don-kuban=white, north-caucasus=independent, ukraine=independent, finland=independent, karelia=independent, bessarabia=independent, georgia=independent, armenia=independent, azerbaijan=independent
-
# history: Who governs: the Council of People's Commissars, October–December 1917
The Congress named a Council of People's Commissars (Sovnarkom) of Bolsheviks alone, with Lenin as chairman. Talks on an all-socialist government collapsed in November, and leading moderates such as Kamenev and Rykov resigned in protest. The Left SRs joined the government in November and December. That month the Cheka, the political police, was founded under Felix Dzerzhinsky. In the Constituent Assembly elections the SRs came first, the Bolsheviks second with about a quarter of the vote. # short: yes
On 26 October (8 November) the Congress named a Council of People's Commissars (Sovnarkom) made up entirely of Bolsheviks, with Lenin as chairman, Trotsky for foreign affairs and Stalin for the nationalities; the Left SRs would not take seats without the other socialists. When Martov condemned the seizure and demanded talks, Trotsky told his group to go "into the dustbin of history". A decree of 27 October allowed hostile newspapers to be closed.
Vikzhel's talks on an all-socialist government, with Kamenev leading for the Bolsheviks, collapsed in early November; Lenin and Trotsky worked to end them, and the moderates demanded that both be left out. On 4 November Kamenev, Zinoviev and Rykov resigned from the Central Committee in protest. Nogin and Milyutin resigned with them. Rykov, Nogin and Milyutin also left the Sovnarkom. The Left SRs came in by stages: Andrei Kolegaev took agriculture in late November, after the soviets' executive gave that commissariat to his party on 17 November, and in December Isaac Steinberg took justice and others followed, making it a two-party government.
On 7 (20) December the Sovnarkom set up the Cheka, under Felix Dzerzhinsky, to fight counter-revolution and sabotage. In the Constituent Assembly elections, held from 12 (25) November, the SRs were the largest party; the Bolsheviks won about a quarter of the vote.
-> chapter2
