INCLUDE globals.ink
INCLUDE chapter1.ink
-> chapter1
