// Package lookup finds what a user names: the entity a name, an alias or
// an id written id:N stands for, and the stored predicate a word stands
// for. kg's commands and kg serve take entities and predicates through it,
// so that both give the same answers.
//
// # Entities
//
// A name or an alias is looked up among the live nodes, narrowed to one
// type when one is asked; a name no node bears is tried again as the
// gazetteer's name for it ("Beeb" for the BBC). Of several nodes of one
// name, the one with at least Dominance times the mentions of the next is
// taken when no other bears its very name; otherwise the name is
// ambiguous, and the error lists the candidates, most mentioned first. A
// name nothing matches gives the closest names the store has.
package lookup
