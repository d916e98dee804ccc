// The component registry: factories registered by name, so pipelines are assembled from a list of names.
import type { ComponentFactory } from './component.ts';

export class ComponentRegistry {
  private readonly factories = new Map<string, ComponentFactory>();

  register(name: string, factory: ComponentFactory): this {
    if (this.factories.has(name)) throw new Error(`component "${name}" is already registered`);
    this.factories.set(name, factory);
    return this;
  }

  get(name: string): ComponentFactory {
    const f = this.factories.get(name);
    if (!f) {
      throw new Error(`unknown component "${name}"; registered: ${[...this.factories.keys()].join(', ')}`);
    }
    return f;
  }

  names(): string[] {
    return [...this.factories.keys()];
  }
}
