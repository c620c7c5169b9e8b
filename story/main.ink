INCLUDE globals.ink
INCLUDE chapter1.ink
INCLUDE chapter2.ink
INCLUDE chapter3.ink
INCLUDE chapter4.ink
INCLUDE chapter5.ink
INCLUDE chapter6.ink
-> chapter1
