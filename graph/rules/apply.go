package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph"
)

// Apply returns the article as the rules correct it: a, unchanged, when
// no rule touches it, else a corrected copy (a itself is never
// modified).
func (r *Rules) Apply(a *graph.Article) *graph.Article {
	if r == nil || !r.touches(a) {
		return a
	}
	curated := *a
	curated.Entities = make([]graph.Entity, 0, len(a.Entities))
	dropped := make(map[string]bool)
	for _, entity := range a.Entities {
		for _, part := range r.split(entity, a) {
			original := graph.FoldName(part.Name)
			r.rename(&part)
			if t, found := r.types[graph.FoldName(part.Name)]; found {
				part.Type = t
			}
			if r.drop[original] || r.drop[graph.FoldName(part.Name)] {
				dropped[part.ID] = true
				continue
			}
			curated.Entities = append(curated.Entities, part)
		}
	}
	curated.Relations = make([]graph.Relation, 0, len(a.Relations))
	for _, relation := range a.Relations {
		if dropped[relation.Subject] || dropped[relation.Object] || r.dropsRelation(relation, &curated) {
			continue
		}
		curated.Relations = append(curated.Relations, relation)
	}
	return &curated
}

// touches reports whether any rule could change a, so that Apply copies
// only the articles it corrects.
func (r *Rules) touches(a *graph.Article) bool {
	for _, entity := range a.Entities {
		name := graph.FoldName(entity.Name)
		if _, found := r.merge[name]; found || r.drop[name] || len(r.apart[name]) > 0 {
			return true
		}
		if _, found := r.types[name]; found {
			return true
		}
	}
	for _, relation := range a.Relations {
		for _, rule := range r.dropRelations {
			if strings.EqualFold(relation.Predicate, rule.predicate) {
				return true
			}
		}
	}
	return false
}

// split applies the apart rules to an entity: the aliases and mentions
// whose names are kept apart from the entity's own name go to new
// entities, one per name, of the entity's type, with ids that a has not
// used. It returns the entity, then the new ones.
func (r *Rules) split(entity graph.Entity, a *graph.Article) []graph.Entity {
	apart := r.apart[graph.FoldName(entity.Name)]
	if len(apart) == 0 {
		return []graph.Entity{entity}
	}
	kept := entity
	kept.Aliases, kept.Mentions = nil, nil
	var parts []graph.Entity
	partOf := func(name string) *graph.Entity {
		key := graph.FoldName(name)
		if !slices.Contains(apart, key) {
			return nil
		}
		for i := range parts {
			if graph.FoldName(parts[i].Name) == key {
				return &parts[i]
			}
		}
		parts = append(parts, graph.Entity{ID: unusedID(a, entity.ID, len(parts)), Name: name, Type: entity.Type})
		return &parts[len(parts)-1]
	}
	for _, alias := range entity.Aliases {
		if partOf(alias) == nil {
			kept.Aliases = append(kept.Aliases, alias)
		}
	}
	for _, mention := range entity.Mentions {
		if part := partOf(mention.Text); part != nil {
			part.Mentions = append(part.Mentions, mention)
		} else {
			kept.Mentions = append(kept.Mentions, mention)
		}
	}
	return append([]graph.Entity{kept}, parts...)
}

// unusedID is an entity id made from id and n that no entity of a has.
func unusedID(a *graph.Article, id string, n int) string {
	for suffix := n + 1; ; suffix++ {
		candidate := fmt.Sprintf("%s-apart%d", id, suffix)
		if a.Entity(candidate) == nil {
			return candidate
		}
	}
}

// rename applies a merge rule to an entity, keeping its old name among
// its aliases.
func (r *Rules) rename(entity *graph.Entity) {
	canonical, found := r.merge[graph.FoldName(entity.Name)]
	if !found {
		return
	}
	aliases := []string{entity.Name}
	for _, alias := range entity.Aliases {
		if graph.FoldName(alias) != graph.FoldName(canonical) {
			aliases = append(aliases, alias)
		}
	}
	entity.Name, entity.Aliases = canonical, aliases
}

// dropsRelation reports whether a drop-relation rule names relation,
// whose object is looked up in the curated article a.
func (r *Rules) dropsRelation(relation graph.Relation, a *graph.Article) bool {
	for _, rule := range r.dropRelations {
		if !strings.EqualFold(relation.Predicate, rule.predicate) {
			continue
		}
		if rule.objectType == "" && rule.object == "" {
			return true
		}
		object := a.Entity(relation.Object)
		if object == nil {
			continue
		}
		if (rule.objectType != "" && object.Type == rule.objectType) || graph.FoldName(object.Name) == rule.object {
			return true
		}
	}
	return false
}
