package org.sijil.resolve.geo;

import org.sijil.nlp.Pipeline;
import org.sijil.nlp.Stage;
import org.sijil.nlp.StageContractTest;

/** The geoparser, over the bundled gazetteer, keeps the stage contract. */
class ToponymStageContractTest extends StageContractTest {
  private static final Geoparser GEOPARSER = new Geoparser(Gazetteer.bundled());

  @Override
  protected Stage stage() {
    return new ToponymStage(GEOPARSER);
  }

  @Override
  protected Pipeline prerequisites() {
    return Pipeline.builder().build();
  }
}
