// October Paths — shared state and helpers.
// Every meter change goes through change(); every death toll through lose().
// The game binds the EXTERNAL note() to record each change with its reason;
// in Inky the ink fallback below runs instead, so the story plays there too.

EXTERNAL note(meter, delta, reason)
// The game also does change() itself (src/engine/meterScale.ts, the same arithmetic, faster);
// the ink change() and soften() below are its fallback in Inky and must stay the same.
EXTERNAL change(name, delta, reason)
// And soften() too, for the chapters' own "what if" arithmetic (the same function as below).
EXTERNAL soften(x, delta)

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

// The meters' scale (docs/model.md, "The scale"): a change has its full size while the
// meter stays between 20 and 80; beyond, what is left of it shrinks exponentially as the
// meter nears 0 or 100, so a meter never hits the end and nothing is lost to a clamp.
// note() records the change as applied.
CONST SOFT = 20

=== function soften(x, delta) ===
// Most changes stay inside the linear band: answer those first (the same rule as below).
{ x + delta >= SOFT and x + delta <= 100 - SOFT:
    ~ return x + delta
}
~ temp room = 0
~ temp linear = 0
~ temp rest = 0
{ delta >= 0:
    ~ room = 100 - x
- else:
    ~ room = x
}
~ temp size = delta
{ delta < 0:
    ~ size = 0 - delta
}
{ room - size >= SOFT:
    ~ return x + delta
}
~ linear = MAX(0, room - SOFT)
~ rest = size - linear
~ temp left = FLOAT(MIN(room, SOFT)) * POW(2.718281828, FLOAT(0 - rest) / SOFT)
{ delta >= 0:
    ~ return MAX(0, MIN(100, INT(FLOOR(100.0 - left + 0.5))))
- else:
    ~ return MAX(0, MIN(100, INT(FLOOR(left + 0.5))))
}

=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

// change("bread", -10, "Grain requisitioned at gunpoint")
=== function change(name, delta, reason) ===
~ temp before = 0
~ temp after = 0
{ name:
- "bread":
    ~ before = bread
    ~ bread = soften(bread, delta)
    ~ after = bread
- "land":
    ~ before = land
    ~ land = soften(land, delta)
    ~ after = land
- "soviets":
    ~ before = soviets
    ~ soviets = soften(soviets, delta)
    ~ after = soviets
- "industry":
    ~ before = industry
    ~ industry = soften(industry, delta)
    ~ after = industry
- "army":
    ~ before = army
    ~ army = soften(army, delta)
    ~ after = army
- "party":
    ~ before = party
    ~ party = soften(party, delta)
    ~ after = party
- "world":
    ~ before = world
    ~ world = soften(world, delta)
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
