// October Paths — shared state and helpers.
// Every meter change goes through change(); every death toll through lose().
// The game binds the EXTERNAL note() to record each change with its reason;
// in Inky the ink fallback below runs instead, so the story plays there too.

EXTERNAL note(meter, delta, reason)

// The seven meters, 0–100.
VAR bread = 30      // food in the cities
VAR land = 35       // peasant goodwill
VAR soviets = 45    // workers' voice: the class running its own state
VAR industry = 30
VAR army = 35
VAR party = 45      // cohesion of the revolutionary party
VAR world = 20      // allies and Comintern strength

// Tallies.
VAR lives_lost = 0  // people, counted from February 1917

=== function note(meter, delta, reason) ===
// Fallback for Inky; the game replaces it.
~ return

=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

// change("bread", -10, "Grain requisitioned at gunpoint")
=== function change(name, delta, reason) ===
~ temp before = 0
~ temp after = 0
{ name:
- "bread":
    ~ before = bread
    ~ bread = clamp(bread + delta)
    ~ after = bread
- "land":
    ~ before = land
    ~ land = clamp(land + delta)
    ~ after = land
- "soviets":
    ~ before = soviets
    ~ soviets = clamp(soviets + delta)
    ~ after = soviets
- "industry":
    ~ before = industry
    ~ industry = clamp(industry + delta)
    ~ after = industry
- "army":
    ~ before = army
    ~ army = clamp(army + delta)
    ~ after = army
- "party":
    ~ before = party
    ~ party = clamp(party + delta)
    ~ after = party
- "world":
    ~ before = world
    ~ world = clamp(world + delta)
    ~ after = world
- else:
    ~ note("unknown-meter", 0, name)
    ~ return
}
~ note(name, after - before, reason)

// lose(1300, "Killed in the February days in Petrograd")
=== function lose(people, reason) ===
~ lives_lost = lives_lost + people
~ note("lives", people, reason)
