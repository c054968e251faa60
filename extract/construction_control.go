package extract

// The control construction: an open clause (xcomp) has no subject of its
// own and takes its controller's. "Netflix wants to acquire Warner Bros"
// gives Netflix acquire Warner Bros, as do "is due to visit", "agreed to
// buy" and "was forced to sell"; after a verb of object control the
// object does it: "forced Yukos to sell" (object_control_verbs).

var (
	objectControlVerbs  = wordSet("object_control_verbs")
	subjectControlVerbs = wordSet("subject_control_verbs")
)

// controller returns the subject that open clause x takes from the word
// it depends on.
func (r *clauseReader) controller(x, depth int) []int {
	h := r.words[x].head
	if objectControlVerbs[r.predicate(h)] && !r.passive(h) {
		if o := append(r.all(h, "obj"), r.all(h, "iobj")...); len(o) > 0 {
			// "persuaded Verizon to buy", the parse may make the object an
			// indirect one.
			return o
		}
	}
	return r.topic(h, depth+1)
}
