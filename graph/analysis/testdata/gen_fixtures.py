#!/usr/bin/python3
"""Write the reference values kg's analysis tests compare against.

Each fixture is a small directed multigraph with evidence weights, in the
shape kg's store yields: parallel statements, statements in both
directions, a statement of a node about itself, nodes without statements.
networkx computes every measure on the graph as kg defines it:

  directed:   parallel arcs merged by summing weights, self loops dropped
  undirected: the directed graph with the weights of both directions summed

Usage: gen_fixtures.py [OUTDIR]   (default: the directory of this script)
"""

import json
import os
import random
import sys

import networkx as nx

RESOLUTION = 1.0
LOUVAIN_SEED = 1


def hand_made():
    nodes = [1, 2, 3, 4, 5, 6, 7, 8, 40]
    edges = [
        (1, 2, 3), (1, 2, 1),  # two predicates between the same pair
        (2, 1, 2),             # the other direction
        (2, 3, 1), (3, 4, 2), (4, 2, 1), (4, 5, 1),
        (5, 6, 4), (6, 5, 1), (6, 7, 1), (7, 7, 3),  # a self loop
        (3, 1, 1),
    ]
    return nodes, edges  # 8 and 40 have no statements


def scale_free(n, seed):
    multi = nx.scale_free_graph(n, seed=seed)
    rng = random.Random(seed)
    nodes = [10 + 3 * v for v in multi.nodes()]  # sparse ids, as a store has
    edges = [(10 + 3 * u, 10 + 3 * v, rng.randint(1, 5)) for u, v in multi.edges()]
    return nodes, edges


def sparse_random(n, p, seed):
    rng = random.Random(seed)
    nodes = list(range(100, 100 + n))
    edges = []
    for u in nodes:
        for v in nodes:
            if u != v and rng.random() < p:
                edges.append((u, v, rng.randint(1, 3)))
    return nodes, edges


def directed(nodes, edges):
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for u, v, w in edges:
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    return g


def undirected(d):
    g = nx.Graph()
    g.add_nodes_from(d.nodes())
    for u, v, w in d.edges(data="weight"):
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    return g


def fixture(nodes, edges):
    d = directed(nodes, edges)
    u = undirected(d)
    # A fixed partition (by id) whose modularity checks the undirected
    # weights, whatever partition Louvain happens to find.
    partition = {}
    for v in sorted(nodes):
        partition.setdefault(v % 3, []).append(v)
    partition = [partition[k] for k in sorted(partition)]
    louvain = nx.community.louvain_communities(u, weight="weight", resolution=RESOLUTION, seed=LOUVAIN_SEED)
    return {
        "nodes": sorted(nodes),
        "edges": [list(e) for e in edges],
        "expected": {
            "pagerank": {str(k): v for k, v in nx.pagerank(d, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000).items()},
            "betweenness": {str(k): v for k, v in nx.betweenness_centrality(d, normalized=True, weight=None).items()},
            "harmonic": {str(k): v for k, v in nx.harmonic_centrality(d).items()},
            "in_degree": {str(k): v for k, v in d.in_degree()},
            "out_degree": {str(k): v for k, v in d.out_degree()},
            "weight_in": {str(k): v for k, v in d.in_degree(weight="weight")},
            "weight_out": {str(k): v for k, v in d.out_degree(weight="weight")},
            "core": {str(k): v for k, v in nx.core_number(u).items()},
            "components": sorted(sorted(c) for c in nx.connected_components(u)),
            "partition": partition,
            "partition_modularity": nx.community.modularity(u, partition, weight="weight", resolution=RESOLUTION),
            "louvain_modularity": nx.community.modularity(u, louvain, weight="weight", resolution=RESOLUTION),
            "resolution": RESOLUTION,
        },
    }


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    fixtures = {
        "hand_made": hand_made(),
        "scale_free": scale_free(300, 7),
        "sparse_random": sparse_random(200, 0.02, 11),
    }
    for name, (nodes, edges) in fixtures.items():
        with open(os.path.join(out, name + ".json"), "w") as f:
            json.dump(fixture(nodes, edges), f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
