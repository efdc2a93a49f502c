package io.kakaorm.vertx.relation;

import io.kakaorm.Model;
import io.kakaorm.Table;

@Table(name = "rel_node")
public class Node extends Model<Node> {
    public int label;
}
